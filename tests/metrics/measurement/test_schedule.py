"""The due rule at each session, worked by hand: baseline window and its grace, follow-ups by
sessions, by days, by whichever comes first, and the grace on each."""

from __future__ import annotations

import pytest

from services.metrics.measurement.schedule import Schedule, reason

pytestmark = pytest.mark.no_database


def test_the_baseline_is_due_within_the_window_and_its_grace_then_overdue() -> None:
    plan = Schedule(baseline_within_sessions=2, every_sessions=4, every_days=None,
                    grace_sessions=1)  # fmt: skip
    # kept sessions before this one: 0, 1 (window: sessions 1-2), 2 (grace: session 3), 3.
    verdicts = [reason(plan, kept=k, sessions_since=None, days_since=None) for k in range(4)]
    assert verdicts == ["baseline-due", "baseline-due", "baseline-due", "baseline-overdue"]
    strict = Schedule(baseline_within_sessions=1, every_sessions=4, every_days=None)
    assert reason(strict, kept=1, sessions_since=None, days_since=None) == "baseline-overdue"


def test_follow_ups_by_sessions() -> None:
    plan = Schedule(baseline_within_sessions=1, every_sessions=3, every_days=None,
                    grace_sessions=1)  # fmt: skip
    # The 3rd kept session after the last assessment is due; the 4th (grace) still due; then
    # overdue. Days alone never make it due under a sessions-only plan.
    verdicts = [reason(plan, kept=9, sessions_since=s, days_since=400) for s in range(5)]
    assert verdicts == [None, None, "follow-up-due", "follow-up-due", "follow-up-overdue"]


def test_follow_ups_by_days_with_grace() -> None:
    plan = Schedule(baseline_within_sessions=1, every_sessions=None, every_days=28,
                    grace_days=7)  # fmt: skip
    days = [0, 27, 28, 35, 36]
    verdicts = [reason(plan, kept=9, sessions_since=20, days_since=d) for d in days]
    assert verdicts == [None, None, "follow-up-due", "follow-up-due", "follow-up-overdue"]


def test_whichever_comes_first_and_either_makes_it_overdue() -> None:
    plan = Schedule(baseline_within_sessions=1, every_sessions=4, every_days=30)
    assert reason(plan, kept=5, sessions_since=1, days_since=10) is None
    assert reason(plan, kept=5, sessions_since=3, days_since=10) == "follow-up-due"
    assert reason(plan, kept=5, sessions_since=1, days_since=30) == "follow-up-due"
    assert reason(plan, kept=5, sessions_since=1, days_since=31) == "follow-up-overdue"
    assert reason(plan, kept=5, sessions_since=4, days_since=3) == "follow-up-overdue"

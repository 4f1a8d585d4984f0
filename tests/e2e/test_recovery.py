"""Scenario: metrics is SIGKILLed while it applies a backlog, and again while caught up.

The scenario is the recovery benchmark's (``benchmarks/recovery.py``), smaller: intake,
measures and metrics as real processes, metrics with its production poll interval and
heartbeat, a second metrics replica answering sync status only. Each restarted metrics must
apply again within 5 s of being ready, though its dead predecessor's lease had 30 s left;
nothing may be lost or counted twice (the facts equal the generator's records and the feeds'
lengths); and the other replica's status must never say caught up while events wait behind the
dead consumer, from the heartbeat's span after the kill on.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import httpx
import pytest

from benchmarks.recovery import HEARTBEAT, ORG, TARGET_FIRST_APPLY, Recovery, recovery
from shared.auth import issue_local_token
from tests.e2e.test_learning_loop import _recomputed
from tests.metrics.rounding import rounded
from tests.support.rows import org_rows


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Recovery]:
    # 300 patients (about 3,600 events) in pages of 25: long enough to be killed mid-apply.
    with recovery(tmp_path_factory.mktemp("recovery"), patients=300, page=25) as done:
        yield done


def test_a_restarted_metrics_applies_within_five_seconds(run: Recovery) -> None:
    mid_apply, idle = run.kills
    assert mid_apply.applied_at_kill > 0 and mid_apply.waiting_at_kill > 0, mid_apply
    assert idle.waiting_at_kill > 0, idle
    for kill in run.kills:
        assert kill.ready_to_first_apply < TARGET_FIRST_APPLY, kill


def test_status_never_says_caught_up_behind_a_dead_consumer(run: Recovery) -> None:
    assert run.wrong == []
    idle = run.kills[1]
    # Until the heartbeat went stale the dead consumer's last poll stood; not a moment after.
    assert idle.caught_up_said_after_kill is not None
    assert idle.caught_up_said_after_kill <= HEARTBEAT + 0.5, idle


def test_nothing_is_lost_or_counted_twice(run: Recovery) -> None:
    assert run.applied == run.feed_lengths
    facts = org_rows(
        run.services["metrics"].env["METRICS_DATABASE_URL"], org=ORG, prefix="fact_",
        drop=("event_time",),
    )  # fmt: skip
    data = run.data
    assert sorted(r["patient_id"] for r in facts["fact_patients"]) == sorted(
        [p["patient_id"] for p in data.patients] + [f"pt-after-kill-{i}" for i in range(25)]
    )
    assert {r["encounter_id"]: r["status"] for r in facts["fact_encounters"]} == {
        e["encounter_id"]: e["status"] for e in data.encounters
    }
    assert len(facts["fact_feedback"]) == len(data.feedback)
    assert {r["assessment_id"]: r["total"] for r in facts["fact_assessments"]} == {
        a["assessment_id"]: sum(a["answers"].values()) for a in data.assessments
    }


@pytest.mark.parametrize("metric", ["kept-rate", "no-show-rate"])
def test_metric_values_equal_a_recomputation(run: Recovery, metric: str) -> None:
    token = issue_local_token(org=ORG, scope="metrics:read")
    answer = httpx.get(
        f"{run.services['metrics'].url}/v1/metrics/{metric}/values",
        params={"level": "org", "period": "month"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    published = {date.fromisoformat(v["period"]): v for v in answer.json()["values"]}
    expected = _recomputed(run.data)[metric]
    assert set(published) == set(expected)
    shown = [m for m, cell in published.items() if not cell["suppressed"]]
    assert shown, "every month suppressed: the check would prove nothing"
    for month in shown:
        numerator, denominator = expected[month]
        cell = published[month]
        assert (cell["numerator"], cell["denominator"]) == (
            rounded(numerator),
            rounded(denominator),
        )

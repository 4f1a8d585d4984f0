"""Every feedback metric of issue #20 (per-question mean and top-box share, response rate,
theme share, alliance rupture rate), computed from the facts the feed left, equals an
independent plain-Python computation from the raw feed events (:mod:`.oracle`): at every level,
by week, month and quarter, with its filters, one unit, a date range and pooled over a
collaborative."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from sqlmodel import Session

from services.metrics.catalog import CATALOG
from services.metrics.compute import MetricQuery, compute
from tests.metrics.feedback.conftest import Applied
from tests.metrics.feedback.oracle import oracle, submissions

#: Each metric with the filters every query of it needs, and one more to narrow it by.
METRICS: dict[str, dict[str, str]] = {
    "feedback-item-mean": {"form": "session-feedback", "item": "felt-heard"},
    "feedback-item-top-box": {"form": "ces", "item": "overall"},
    "feedback-response-rate": {},
    "feedback-theme-share": {"theme": "waiting"},
    "alliance-rupture-rate": {},
}
NARROWER = {
    "feedback-item-mean": {"modality": "video"},
    "feedback-item-top-box": {"modality": "phone"},
    "feedback-response-rate": {"form": "ces", "modality": "in-person"},
    "feedback-theme-share": {"form": "session-feedback", "modality": "video"},
    "alliance-rupture-rate": {"modality": "video"},
}


def check(applied: Applied, metric_id: str, **kw: Any) -> int:
    orgs = kw.pop("orgs", applied.orgs[:1])
    level = kw.get("level", "org")
    label = "collab" if level == "collaborative" else None
    filters = {**METRICS[metric_id], **kw.pop("filters", {})}
    query = MetricQuery(
        metric_id=metric_id,
        level=level,
        unit_id=label or kw.get("unit_id"),
        period=kw.get("period", "month"),
        start=kw.get("start"),
        end=kw.get("end"),
        filters=tuple(sorted(filters.items())),  # type: ignore[arg-type]
    )
    with Session(applied.engine) as session:
        cells = compute(session, orgs=orgs, query=query)
    expected = oracle(
        applied.events, metric_id, orgs=orgs, level=level, period=query.period,
        filters=filters, unit_label=label, start=query.start, end=query.end,
    )  # fmt: skip
    if query.unit_id is not None and level != "collaborative":
        expected = {k: v for k, v in expected.items() if k[1] == query.unit_id}
    got = {(c.period, c.unit_id): c for c in cells}
    assert set(got) == set(expected), (metric_id, kw)
    for key, want in expected.items():
        cell = got[key]
        assert (cell.n, cell.denominator) == (want.n, pytest.approx(want.denominator)), key
        assert cell.numerator == (None if want.numerator is None else pytest.approx(want.numerator))
        assert cell.value == (None if want.value is None else pytest.approx(want.value)), key
    return len(cells)


@pytest.mark.parametrize("metric_id", sorted(METRICS))
def test_every_level_and_period_matches_the_raw_events(applied: Applied, metric_id: str) -> None:
    for level in CATALOG[metric_id].levels:
        orgs = applied.orgs if level == "collaborative" else applied.orgs[:1]
        assert check(applied, metric_id, level=level, orgs=orgs) > 5, level
    for period in ("week", "quarter"):
        assert check(applied, metric_id, period=period)
    assert check(applied, metric_id, orgs=applied.orgs[1:])  # the other org alone


@pytest.mark.parametrize("metric_id", sorted(METRICS))
def test_one_unit_a_range_and_the_filters_match(applied: Applied, metric_id: str) -> None:
    assert check(applied, metric_id, level="clinician", unit_id="c3")
    bounds = {"start": date(2026, 2, 9), "end": date(2026, 5, 17)}
    assert check(applied, metric_id, level="team", period="week", **bounds)
    assert check(applied, metric_id, level="site", period="range", **bounds)
    assert check(applied, metric_id, level="team", filters=NARROWER[metric_id])


def test_the_feed_exercises_what_the_metrics_distinguish(applied: Applied) -> None:
    """Re-published submissions, re-tags and cleared sets, unanswered items, anonymous and
    session-less submissions all occur, so the comparisons above mean something."""
    events = applied.events
    received = [e for e in events if e["type"] == "feedback.received"]
    themed = [e for e in events if e["type"] == "feedback.themed"]
    assert len(received) - len({(e["org"], e["data"]["feedback_id"]) for e in received}) > 3
    assert len(themed) - len({(e["org"], e["data"]["feedback_id"]) for e in themed}) > 20
    assert sum(1 for e in themed if not e["data"]["themes"]) > 5
    subs = submissions(events)
    assert sum(1 for s in subs if s["patient_id"] is None) > 20
    assert sum(1 for s in subs if "felt-heard" not in s["scores"] and s["form_id"] ==
               "session-feedback") > 3  # fmt: skip
    # A re-tag dropped a theme the first set had: the share counts the latest set only.
    first: dict[tuple[str, str], set[str]] = {}
    for e in themed:
        first.setdefault((e["org"], e["data"]["feedback_id"]), set(e["data"]["themes"]))
    dropped = [s for s in subs if first.get((s["org"], s["feedback_id"]), set()) - s["themes"]]
    assert len(dropped) > 5
    # Submissions with two ruptures count once; a re-published one keeps its ruptures.
    fired = Counter(
        (e["org"], e["data"]["feedback_id"]) for e in events if e["type"] == "feedback.rupture"
    )
    assert sum(1 for count in fired.values() if count == 2) > 3
    assert len(fired) > 20

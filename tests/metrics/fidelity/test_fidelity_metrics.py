"""Every fidelity metric, computed from the facts the feeds left, equals an independent
plain-Python computation from the raw feed events (:mod:`.oracle`): at every level, by week,
month and quarter, for one unit, a date range, a service line, pooled over a collaborative of
two organisations, and by the patients' race (differential missingness)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import Session

from services.metrics.catalog import CATALOG
from services.metrics.compute import MetricQuery, compute
from tests.metrics.fidelity.oracle import (
    ORACLE,
    ended_episodes,
    finished_episodes,
    on_schedule,
    opened_episodes,
    oracle,
)
from tests.metrics.safety.conftest import Applied
from tests.metrics.safety.feed import SITE_OF

METRICS = sorted(ORACLE)
SITE = sorted(set(SITE_OF.values()))[0]


def check(applied: Applied, metric_id: str, **kw: Any) -> int:
    orgs = kw.pop("orgs", applied.orgs[:1])
    level = kw.get("level", "org")
    label = "collab" if level == "collaborative" else None
    service_line = kw.pop("service_line", None)
    by = kw.pop("by", None)
    query = MetricQuery(
        metric_id=metric_id,
        level=level,
        unit_id=label or kw.get("unit_id"),
        period=kw.get("period", "month"),
        start=kw.get("start"),
        end=kw.get("end"),
        filters=(("service_line", service_line),) if service_line else (),
    )
    with Session(applied.engine) as session:
        cells = compute(session, orgs=orgs, query=query, by=by)
    expected = oracle(
        applied.events, metric_id, orgs=orgs, level=level, period=query.period,
        unit_label=label, service_line=service_line, start=query.start, end=query.end,
        by_race=by == "race",
    )  # fmt: skip
    if query.unit_id is not None and level != "collaborative":
        expected = {k: v for k, v in expected.items() if k[1] == query.unit_id}
    got = {(c.period, c.unit_id, c.group): c for c in cells}
    assert set(got) == set(expected), (metric_id, kw)
    for key, want in expected.items():
        cell = got[key]
        assert (cell.n, cell.denominator) == (want.n, pytest.approx(want.denominator)), key
        assert cell.numerator == (None if want.numerator is None else pytest.approx(want.numerator))
        assert cell.value == (None if want.value is None else pytest.approx(want.value)), key
    return len(cells)


@pytest.mark.parametrize("metric_id", METRICS)
def test_every_level_and_period_matches_the_raw_events(applied: Applied, metric_id: str) -> None:
    for level in CATALOG[metric_id].levels:
        orgs = applied.orgs if level == "collaborative" else applied.orgs[:1]
        assert check(applied, metric_id, level=level, orgs=orgs) >= 5, level
    for period in ("week", "quarter"):
        assert check(applied, metric_id, period=period)
    assert check(applied, metric_id, orgs=applied.orgs[1:])  # the other org alone


@pytest.mark.parametrize("metric_id", METRICS)
def test_one_unit_a_range_and_the_filter_match(applied: Applied, metric_id: str) -> None:
    levels = CATALOG[metric_id].levels
    if "clinician" in levels:
        assert check(applied, metric_id, level="clinician", unit_id="c3")
    else:
        assert check(applied, metric_id, level="site", unit_id=SITE)
    bounds = {"start": date(2026, 2, 9), "end": date(2026, 5, 17)}
    assert check(
        applied, metric_id, level="team" if "team" in levels else "site", period="week", **bounds
    )
    assert check(applied, metric_id, level="site", period="range", **bounds)
    if "service_line" in CATALOG[metric_id].filters:
        assert check(applied, metric_id, period="quarter", service_line="youth")


@pytest.mark.parametrize("metric_id", METRICS)
def test_by_race_matches(applied: Applied, metric_id: str) -> None:
    """Episodes carry their patient: the equity view groups them by the patient's race."""
    assert check(applied, metric_id, by="race", period="quarter") > 4
    assert check(
        applied, metric_id, by="race", level=CATALOG[metric_id].levels[0], period="quarter"
    )
    assert check(applied, metric_id, by="race", level="collaborative", orgs=applied.orgs)


def test_the_feeds_exercise_every_rule(applied: Applied) -> None:
    """What the metrics distinguish is in the feeds, so the comparisons above mean something:
    each share is strictly between 0 and 1, and the sessions of most finished episodes were
    partly kept by another clinician than the episode's lead."""
    org = applied.orgs[:1]
    whole = {"orgs": org, "level": "org", "period": "range", "start": date(2026, 1, 1)}
    for metric_id in METRICS:
        [cell] = oracle(applied.events, metric_id, **whole).values()  # type: ignore[arg-type]
        assert cell.n > 30 and cell.value is not None, metric_id
        if CATALOG[metric_id].kind == "proportion":
            assert 0.1 < cell.value < 0.9, metric_id
    finished = finished_episodes(applied.events)
    assert any(e["patient_id"] is None for e in finished)  # redacted
    assert {e["discharge_reason"] for e in finished} >= {"dropped-out", "planned-completion"}
    # Dropout by lapse: open episodes, and episodes closed only after 60 silent days.
    ended = ended_episodes(applied.events)
    lapsed = [e for e in ended if e["lapsed"]]
    assert any(e["status"] != "finished" for e in lapsed)
    assert any(e["status"] == "finished" for e in lapsed)
    assert any(not e["dropped"] for e in ended)
    # Baselines after the second kept session exist: the window is tested, not just presence.
    opened = opened_episodes(applied.events)
    late = [e for e in opened if e["kept"] >= 2 and e["scored"] and not e["baseline"]]
    assert late and any(e["baseline"] for e in opened)


@pytest.mark.parametrize("instrument", ["phq9", "gad7"])
def test_on_schedule_by_instrument_matches(applied: Applied, instrument: str) -> None:
    """Each plan's measurements alone: the instrument filter keeps its plan's rows, and the
    youth service line's own GAD-7 plan replaces the every-service-line one there."""
    org = applied.orgs[0]
    rows = [r for r in on_schedule(applied.events) if r["org"] == org]
    mine = [r for r in rows if r["instrument_id"] == instrument]
    query = MetricQuery(
        metric_id="on-schedule-rate", period="range", filters=(("instrument", instrument),)
    )
    with Session(applied.engine) as session:
        [cell] = compute(session, orgs=(org,), query=query)
    assert (cell.numerator, cell.denominator) == (sum(r["on_time"] for r in mine), len(mine))
    assert 0 < len(mine) < len(rows)
    missed = {(r["service_line"], r["on_time"]) for r in mine}
    assert {("adult", False), ("youth", False), ("adult", True), ("youth", True)} <= missed

"""Every safety-loop metric, computed from the facts the feeds left, equals an independent
plain-Python computation from the raw feed events (:mod:`.oracle`): at every level it allows,
by week, month and quarter, with its filter, one unit, a date range and pooled over a
collaborative of two organisations."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import Session

from services.metrics.catalog import CATALOG
from services.metrics.compute import MetricQuery, compute
from tests.metrics.safety.conftest import Applied
from tests.metrics.safety.oracle import ORACLE, oracle

NEW = sorted(m for m in ORACLE if m != "critical-alert-hours-to-acknowledge")


def check(applied: Applied, metric_id: str, **kw: Any) -> int:
    definition = CATALOG[metric_id]
    orgs = kw.pop("orgs", applied.orgs[:1])
    level = kw.get("level", "org")
    label = "collab" if level == "collaborative" else None
    instrument = kw.pop("instrument", None)
    by = kw.pop("by", None)
    query = MetricQuery(
        metric_id=metric_id,
        level=level,
        unit_id=label or kw.get("unit_id"),
        period=kw.get("period", "month"),
        start=kw.get("start"),
        end=kw.get("end"),
        filters=(("instrument", instrument),) if instrument else (),
    )
    with Session(applied.engine) as session:
        cells = compute(session, orgs=orgs, query=query, by=by)
    expected = oracle(
        applied.events, metric_id, orgs=orgs, level=level, period=query.period,
        unit_label=label, instrument=instrument, start=query.start, end=query.end,
        per=definition.per, by_race=by == "race",
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


@pytest.mark.parametrize("metric_id", sorted(ORACLE))
def test_every_level_and_period_matches_the_raw_events(applied: Applied, metric_id: str) -> None:
    definition = CATALOG[metric_id]
    for level in definition.levels:
        orgs = applied.orgs if level == "collaborative" else applied.orgs[:1]
        assert check(applied, metric_id, level=level, orgs=orgs) > 5, level
    for period in ("week", "quarter"):
        assert check(applied, metric_id, period=period)
    assert check(applied, metric_id, orgs=applied.orgs[1:])  # the other org alone


@pytest.mark.parametrize("metric_id", NEW)
def test_one_unit_a_range_and_the_filter_match(applied: Applied, metric_id: str) -> None:
    definition = CATALOG[metric_id]
    finest = definition.levels[0]
    unit = {"clinician": "c3", "team": "t2"}[finest]
    assert check(applied, metric_id, level=finest, unit_id=unit)
    bounds = {"start": date(2026, 2, 9), "end": date(2026, 5, 17)}
    assert check(applied, metric_id, level=finest, period="week", **bounds)
    assert check(applied, metric_id, level="site", period="range", **bounds)
    if "instrument" in definition.filters:
        assert check(applied, metric_id, period="quarter", instrument="cssrs_screener")


def test_the_world_exercises_every_rule(applied: Applied) -> None:
    """The feeds hold what each metric distinguishes, so the comparisons above mean something."""
    org = applied.orgs[:1]
    whole = {"orgs": org, "level": "org", "period": "range", "start": date(2026, 1, 1)}
    for metric_id in NEW:
        [cell] = oracle(applied.events, metric_id, **whole, per=CATALOG[metric_id].per).values()
        assert cell.value is not None and cell.n > 20, metric_id
        if CATALOG[metric_id].kind == "proportion":
            assert 0 < cell.value < 1, metric_id


@pytest.mark.parametrize("metric_id", [m for m in NEW if not CATALOG[m].anonymous])
def test_alert_metrics_by_race_match(applied: Applied, metric_id: str) -> None:
    """Alerts carry their patient: the equity breakdown groups them by the patient's race."""
    assert check(applied, metric_id, by="race", period="quarter") > 4
    assert check(applied, metric_id, by="race", level="team", period="quarter")
    assert check(applied, metric_id, by="race", level="collaborative", orgs=applied.orgs)

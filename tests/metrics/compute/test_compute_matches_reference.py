"""Every catalog metric, computed in SQL, equals an independent plain-Python computation of its
definition over the same inserted rows: at every level it allows, for each period, with its
filters, a date range, one unit, equity groupings, and pooled over a collaborative."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import Session

from services.metrics.catalog import CATALOG, MetricDefinition
from services.metrics.compute import MetricQuery, compute
from tests.metrics.compute.conftest import World
from tests.metrics.compute.reference import METRICS, reference

FILTER_VALUES = {
    "modality": "video",
    "service_line": "adult",
    "instrument": "gad7",
    "form": "telehealth-exp",
}
ALERT_INSTRUMENT = "cssrs_screener"
#: The metrics the fact-row reference knows; the safety loop's are checked against the raw feed
#: events instead (tests/metrics/safety), since their facts are merges of several events.
REFERENCED = sorted(m for m in CATALOG if m in METRICS)


def _base_filters(definition: MetricDefinition) -> dict[str, str]:
    return {"form": "ces"} if "form" in definition.required_filters else {}


def _check(session: Session, world: World, definition: MetricDefinition, **kw: object) -> int:
    orgs = kw.pop("orgs", world.orgs[:1])
    filters = {**_base_filters(definition), **kw.pop("filters", {})}  # type: ignore[dict-item]
    level = kw.get("level", "org")
    unit_label = kw.pop("unit_label", None)
    query = MetricQuery(
        metric_id=definition.metric_id,
        level=level,  # type: ignore[arg-type]
        unit_id=unit_label if level == "collaborative" else kw.get("unit_id"),  # type: ignore[arg-type]
        period=kw.get("period", "month"),  # type: ignore[arg-type]
        start=kw.get("start"),  # type: ignore[arg-type]
        end=kw.get("end"),  # type: ignore[arg-type]
        filters=tuple(sorted(filters.items())),  # type: ignore[arg-type]
    )
    by = kw.get("by")
    cells = compute(session, orgs=orgs, query=query, by=by)  # type: ignore[arg-type]
    expected = reference(
        world.facts,
        definition.metric_id,
        orgs=orgs,  # type: ignore[arg-type]
        level=level,  # type: ignore[arg-type]
        period=query.period,
        unit_label=unit_label,  # type: ignore[arg-type]
        filters=filters,
        start=query.start,
        end=query.end,
        by=by,  # type: ignore[arg-type]
    )
    if query.unit_id is not None and level != "collaborative":
        expected = {k: v for k, v in expected.items() if k[1] == query.unit_id}
    got = {(c.period, c.unit_id, c.group): c for c in cells}
    assert set(got) == set(expected), (definition.metric_id, kw)
    for key, want in expected.items():
        cell = got[key]
        assert cell.n == want.n, (definition.metric_id, key)
        assert cell.denominator == pytest.approx(want.denominator), key
        if definition.kind != "continuous":
            assert cell.numerator == pytest.approx(want.numerator), key
        else:
            assert cell.numerator is None
        assert cell.value == pytest.approx(want.value), (definition.metric_id, key)
    keys = [(c.period, c.unit_id, c.group or "") for c in cells]
    assert keys == sorted(keys)
    return len(cells)


@pytest.mark.parametrize("metric_id", REFERENCED)
def test_every_level_and_period_matches(session: Session, world: World, metric_id: str) -> None:
    definition = CATALOG[metric_id]
    for level in definition.levels:
        if level == "collaborative":
            assert _check(
                session,
                world,
                definition,
                level=level,
                orgs=world.orgs,
                unit_label="collab-1",
            )
        else:
            assert _check(session, world, definition, level=level)
    for period in ("week", "quarter"):
        assert _check(session, world, definition, period=period)


@pytest.mark.parametrize("metric_id", REFERENCED)
def test_filters_ranges_and_one_unit_match(session: Session, world: World, metric_id: str) -> None:
    definition = CATALOG[metric_id]
    # Outcomes by course of care (service line, modality) are tested in tests/metrics/fidelity.
    course = ("service_line", "modality")
    served = [f for f in definition.filters if f not in course or definition.fact != "episode"]
    for name in served:
        value = FILTER_VALUES[name]
        if definition.fact == "alert":
            value = ALERT_INSTRUMENT
        assert _check(session, world, definition, period="quarter", filters={name: value})
    finest = definition.levels[0]
    _check(
        session,
        world,
        definition,
        level=finest,
        period="week",
        start=date(2026, 2, 11),
        end=date(2026, 4, 20),
    )
    unit = {"clinician": "c3", "team": "t1", "site": "s1"}[finest]
    assert _check(session, world, definition, level=finest, unit_id=unit)
    # The other org's facts never leak into the caller's cells.
    assert _check(session, world, definition, orgs=world.orgs[1:])


@pytest.mark.parametrize("metric_id", [m for m in REFERENCED if not CATALOG[m].anonymous])
@pytest.mark.parametrize("by", ["race", "payer", "age_band"])
def test_equity_groupings_match(session: Session, world: World, metric_id: str, by: str) -> None:
    definition = CATALOG[metric_id]
    assert _check(session, world, definition, by=by, period="quarter")
    level = "team" if "team" in definition.levels else "site"
    assert _check(session, world, definition, level=level, by=by, period="quarter")
    assert _check(
        session,
        world,
        definition,
        level="collaborative",
        orgs=world.orgs,
        unit_label="collab-1",
        by=by,
        period="quarter",
    )


@pytest.mark.parametrize("metric_id", REFERENCED)
def test_the_whole_range_bucket_matches(session: Session, world: World, metric_id: str) -> None:
    """One bucket over the range: ``n`` is the distinct patients of the whole range (not a
    sum or maximum of periods) and medians are those of all its facts."""
    definition = CATALOG[metric_id]
    finest = definition.levels[0]
    bounds = {"start": date(2026, 1, 11), "end": date(2026, 5, 20)}
    assert _check(session, world, definition, period="range", **bounds)
    assert _check(session, world, definition, period="range")
    if finest != "collaborative":
        assert _check(session, world, definition, level=finest, period="range", **bounds)
    if "collaborative" in definition.levels:
        assert _check(
            session, world, definition, level="collaborative", orgs=world.orgs,
            unit_label="collab-1", period="range",
        )  # fmt: skip
    if not definition.anonymous:
        assert _check(session, world, definition, period="range", by="race", **bounds)
    monthly = compute(
        session, orgs=world.orgs[:1], query=MetricQuery(metric_id, **_range_query(definition))
    )
    [whole] = compute(
        session,
        orgs=world.orgs[:1],
        query=MetricQuery(metric_id, **_range_query(definition), period="range"),  # type: ignore[arg-type]
    )
    # Each month's patients are among the range's: its n is at least the largest month's.
    assert len(monthly) > 1 and whole.n >= max(c.n for c in monthly)


def _range_query(definition: MetricDefinition) -> dict[str, object]:
    return {"filters": tuple(sorted(_base_filters(definition).items()))}


def test_a_patient_seen_in_two_months_counts_once_over_the_range(
    session: Session, world: World
) -> None:
    """The world's patients come back month after month: the range's n is below the sum of
    the months' and equals the reference's distinct count."""
    query = MetricQuery("kept-rate", start=date(2026, 1, 1), end=date(2026, 6, 30))
    months = compute(session, orgs=world.orgs[:1], query=query)
    [whole] = compute(session, orgs=world.orgs[:1], query=replace(query, period="range"))
    expected = reference(
        world.facts, "kept-rate", orgs=world.orgs[:1], level="org", period="range",
        start=query.start, end=query.end,
    )  # fmt: skip
    assert whole.n == expected[(date(2026, 1, 1), world.orgs[0], None)].n
    assert max(c.n for c in months) <= whole.n < sum(c.n for c in months)

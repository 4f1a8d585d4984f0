"""Every query the encounter rollup serves gives the same rows as the same query on the facts,
and the queries it cannot answer exactly go to the facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import product

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from services.metrics.compute import rollup as compute_rollup
from services.metrics.compute.core import MetricQuery, _plan, definition_for
from services.metrics.compute.sql import aggregate_rows
from tests.metrics.compute.conftest import World
from tests.metrics.rollup_reference import expected_rollup, stored_rollup

BOUNDS = {
    "week": (date(2026, 2, 2), date(2026, 4, 26)),
    "month": (date(2026, 2, 1), date(2026, 4, 30)),
    "quarter": (date(2026, 1, 1), date(2026, 3, 31)),
    "range": (date(2026, 2, 1), date(2026, 4, 30)),
}


def _rows(rows: list) -> list:
    # A range bucket's first fact day dates an open range only, which the rollup never serves.
    rows = [replace(r, first_day=None) for r in rows]
    return sorted(rows, key=lambda r: (r.period, r.unit_id or "", r.group or ""))


def test_the_inserted_facts_left_the_rollup_a_rebuild_gives(
    metrics_engine: Engine, world: World
) -> None:
    stored = stored_rollup(metrics_engine, set(world.orgs))
    assert stored
    assert stored == expected_rollup(metrics_engine, set(world.orgs))


@pytest.mark.parametrize("metric_id", sorted(compute_rollup.SPECS))
def test_rollup_rows_equal_fact_rows(session: Session, world: World, metric_id: str) -> None:
    definition = definition_for(metric_id)
    modalities = [None]
    if "modality" in definition.filters:
        modalities += ["in-person", "video", "phone"]
    checked = 0
    for level, period, modality, by, bounded in product(
        ("org", "collaborative"),
        ("week", "month", "quarter", "range"),
        modalities,
        (None, "race", "age_band"),
        (False, True),
    ):
        if period == "range" and not bounded:
            continue  # dated by its first fact's day: the facts answer it
        start, end = BOUNDS[period] if bounded else (None, None)
        query = MetricQuery(
            metric_id,
            level=level,  # type: ignore[arg-type]
            unit_id="collab-x" if level == "collaborative" else None,
            period=period,  # type: ignore[arg-type]
            start=start,
            end=end,
            filters=(("modality", modality),) if modality else (),  # type: ignore[arg-type]
        )
        plan = _plan(definition, orgs=world.orgs, query=query, by=by)  # type: ignore[arg-type]
        assert compute_rollup.serves(metric_id, plan)
        expected = _rows(aggregate_rows(session, plan))
        assert _rows(compute_rollup.aggregate_rows(session, metric_id, plan)) == expected
        checked += len(expected)
        one_org = replace(plan, unit_id=world.orgs[1]) if level == "org" else plan
        assert _rows(compute_rollup.aggregate_rows(session, metric_id, one_org)) == _rows(
            aggregate_rows(session, one_org)
        )
    assert checked > 100


@pytest.mark.parametrize(
    ("changes", "served"),
    [
        ({}, True),
        ({"level": "team"}, False),
        ({"level": "clinician", "unit_id": "c1"}, False),
        ({"filters": (("service_line", "adult"),)}, False),
        ({"start": date(2026, 2, 2)}, False),  # mid-month
        ({"end": date(2026, 2, 27)}, False),
        ({"start": date(2026, 2, 1), "end": date(2026, 2, 28)}, True),
        ({"period": "week", "start": date(2026, 2, 2), "end": date(2026, 2, 8)}, True),
        ({"period": "quarter", "start": date(2026, 2, 1)}, False),
        # An open range is dated by its first fact day, which no rollup row holds.
        ({"period": "range"}, False),
        # Whole months from a given start: distinct patients of the months' rows.
        ({"period": "range", "start": date(2026, 2, 1), "end": date(2026, 3, 31)}, True),
        ({"period": "range", "start": date(2026, 2, 1)}, True),
        ({"period": "range", "start": date(2026, 2, 1), "end": date(2026, 2, 27)}, False),
        ({"period": "range", "start": date(2026, 2, 2), "end": date(2026, 2, 28)}, False),
    ],
)
def test_only_exact_queries_use_the_rollup(world: World, changes: dict, served: bool) -> None:
    query = replace(MetricQuery("kept-rate"), **changes)
    plan = _plan(definition_for("kept-rate"), orgs=world.orgs[:1], query=query, by=None)
    assert compute_rollup.serves("kept-rate", plan) is served


def test_other_facts_never_use_the_rollup(world: World) -> None:
    query = MetricQuery("feedback-top-box", filters=(("form", "ces"),))
    plan = _plan(definition_for("feedback-top-box"), orgs=world.orgs, query=query, by=None)
    assert not compute_rollup.serves("feedback-top-box", plan)

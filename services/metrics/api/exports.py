"""Exports: a FHIR R4 MeasureReport for one metric, unit and period (CSV is the values route's
``format=csv``). Both are built from the same published cells as the JSON values, so that a
suppressed value stays hidden and a count reads the same rounded number in every format.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from fhir.resources.R4B.measurereport import MeasureReport

from services.metrics.api.deps import (
    Filters,
    Reader,
    ValuesLevelQuery,
    ValuesMetricId,
    ValuesPeriodQuery,
    ValuesUnitQuery,
    publish_for,
)
from services.metrics.catalog import Level, MetricDefinition, Period
from services.metrics.compute import MetricQuery, definition_for, resolve_filters
from services.metrics.compute.disclosure.publish import PublishedCell
from services.metrics.learning.selection import resolve_scope
from shared.problems import Unprocessable, problem_responses
from shared.sessions import ReadSessionDep
from shared.strict_types import IsoDate

router = APIRouter(prefix="/v1", tags=["exports"])

FHIR_JSON = "application/fhir+json"
MEASURE_BASE = "https://learning-loop.dev/fhir/Measure/"
IDENTIFIER_BASE = "https://learning-loop.dev/id/"
POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population"
IMPROVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation"
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
_SUBJECT_TYPES = {"clinician": "Practitioner", "team": "Group", "site": "Location"}
_REPORT_NAMESPACE = uuid.UUID("5d0f1c3e-64a1-4c55-9d1b-3f0c6f8a2b17")

EXAMPLE_REPORT: dict[str, Any] = {
    "resourceType": "MeasureReport",
    "id": "9b1f1a52-5d55-5d8e-8c43-2f7d6d9e1c10",
    "status": "complete",
    "type": "summary",
    "measure": MEASURE_BASE + "kept-rate",
    "date": "2026-04-02T09:00:00+00:00",
    "period": {"start": "2026-03-01", "end": "2026-03-31"},
    "improvementNotation": {"coding": [{"system": IMPROVEMENT_SYSTEM, "code": "increase"}]},
    "group": [
        {
            "code": {"coding": [{"system": MEASURE_BASE, "code": "kept-rate"}]},
            "population": [
                {
                    "code": {"coding": [{"system": POPULATION_SYSTEM, "code": "numerator"}]},
                    "count": 165,
                },
                {
                    "code": {"coding": [{"system": POPULATION_SYSTEM, "code": "denominator"}]},
                    "count": 200,
                },
            ],
            "measureScore": {"value": 0.825, "unit": "share"},
        }
    ],
}


def period_bounds(day: date, period: Period) -> tuple[date, date]:
    """The period (Monday weeks, calendar months and quarters) containing ``day``."""
    if period == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    first_month = day.month if period == "month" else 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    months = 1 if period == "month" else 3
    year, month = divmod(first_month - 1 + months, 12)
    return start, date(day.year + year, month + 1, 1) - timedelta(days=1)


def _population(code: str, count: float) -> dict[str, Any]:
    return {
        "code": {"coding": [{"system": POPULATION_SYSTEM, "code": code}]},
        "count": round(count),
    }


def _group(definition: MetricDefinition, cell: PublishedCell | None) -> dict[str, Any]:
    group: dict[str, Any] = {
        "code": {
            "coding": [{"system": MEASURE_BASE, "code": definition.metric_id}],
            "text": definition.title,
        }
    }
    if cell is not None and cell.suppressed:
        # No counts at all: FHIR's own marker for a value withheld for privacy.
        group["measureScore"] = {"extension": [{"url": DATA_ABSENT, "valueCode": "masked"}]}
        return group
    numerator = None if cell is None else cell.numerator
    denominator = 0.0 if cell is None else cell.denominator or 0.0
    if definition.kind == "proportion":
        group["population"] = [
            _population("numerator", numerator or 0.0),
            _population("denominator", denominator),
        ]
    elif definition.kind == "rate":
        group["population"] = [_population("denominator", denominator)]
    else:
        group["population"] = [_population("measure-population", denominator)]
    if cell is not None and cell.value is not None:
        group["measureScore"] = {"value": cell.value, "unit": definition.unit}
    return group


def build_measure_report(
    *,
    definition: MetricDefinition,
    level: Level,
    unit_id: str,
    reporter_org: str,
    start: date,
    end: date,
    cell: PublishedCell | None,
    generated_at: datetime,
) -> dict[str, Any]:
    """A summary MeasureReport of one published cell (None: no facts in the period), validated
    with fhir.resources (R4B, wire-compatible with R4 for MeasureReport)."""
    report: dict[str, Any] = {
        "resourceType": "MeasureReport",
        "id": str(
            uuid.uuid5(
                _REPORT_NAMESPACE,
                f"{reporter_org}|{definition.metric_id}|{level}|{unit_id}|{start}",
            )
        ),
        "status": "complete",
        "type": "summary",
        "measure": MEASURE_BASE + definition.metric_id,
        "date": generated_at.isoformat(),
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "reporter": {
            "type": "Organization",
            "identifier": {"system": IDENTIFIER_BASE + "org", "value": reporter_org},
        },
        "improvementNotation": {
            "coding": [
                {
                    "system": IMPROVEMENT_SYSTEM,
                    "code": "increase" if definition.better == "higher" else "decrease",
                }
            ]
        },
        "group": [_group(definition, cell)],
    }
    if level in _SUBJECT_TYPES:
        report["subject"] = {
            "type": _SUBJECT_TYPES[level],
            "identifier": {"system": IDENTIFIER_BASE + level, "value": unit_id},
        }
    MeasureReport.model_validate(report)
    return report


@router.get(
    "/metrics/{metric_id}/measure-report",
    summary="Export a FHIR MeasureReport",
    response_class=Response,
    responses={
        200: {
            "content": {FHIR_JSON: {"schema": {"type": "object"}, "example": EXAMPLE_REPORT}},
            "description": "A FHIR R4 MeasureReport (type summary).",
        },
        **problem_responses(404, 422),
    },
)
def get_measure_report(
    metric_id: ValuesMetricId,
    request: Request,
    caller: Reader,
    session: ReadSessionDep,
    filters: Filters,
    start: Annotated[
        IsoDate,
        Query(
            alias="from",
            description="A day in the period to report; the whole period containing it is "
            "reported.",
            examples=["2026-03-01"],
        ),
    ],
    level: ValuesLevelQuery = "org",
    unit: ValuesUnitQuery = None,
    period: ValuesPeriodQuery = "month",
) -> Response:
    """The metric for one unit and period as a summary MeasureReport: numerator and
    denominator population counts and the measure score, the same published numbers as the
    values route (counts rounded to a multiple of 5, or 10 at the collaborative level, and
    the score computed from the rounded counts). A suppressed value carries no counts and no
    score, only the data-absent-reason `masked`."""
    if level not in ("org", "collaborative") and unit is None:
        raise Unprocessable(
            "A MeasureReport is for one unit: give `unit` at this level.",
            errors=[{"pointer": "/query/unit", "detail": "Field required", "code": "missing"}],
        )
    orgs, unit_id = resolve_scope(session, caller_org=caller.org, level=level, unit=unit)
    first, last = period_bounds(start, period)
    definition = definition_for(metric_id)
    query = MetricQuery(
        metric_id=metric_id,
        level=level,
        unit_id=unit_id,
        period=period,
        start=first,
        end=last,
        filters=resolve_filters(definition, filters.pairs()),
    )
    _, cells = publish_for(request, session, orgs=orgs, query=query, viewer=caller)
    report = build_measure_report(
        definition=definition,
        level=level,
        unit_id=unit_id or caller.org,
        reporter_org=caller.org,
        start=first,
        end=last,
        cell=cells[0] if cells else None,
        generated_at=datetime.now(UTC),
    )
    return Response(json.dumps(report), media_type=FHIR_JSON)

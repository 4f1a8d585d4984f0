"""Dependencies of the learning-tool routers and the translation of their domain errors.

The common query parameters (level, unit, period, range, filters) are declared once here, so
that every tool documents them the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated

from fastapi import Depends, Path, Query, Request

from services.metrics.catalog import Level, Period
from services.metrics.collaborative_pool import too_few_members
from services.metrics.errors import MetricsError, UnknownMetricError
from services.metrics.stats.errors import StatsError
from services.metrics.stats.rounding import Rounding
from services.metrics.tools.errors import (
    InvalidToolQueryError,
    NotAllowedError,
    NotFoundError,
    StateConflictError,
    TooFewMembersError,
    ToolError,
    UnknownUnitError,
)
from services.metrics.tools.periods import SeriesPeriod
from shared.auth import Caller, require_scopes
from shared.problems import Conflict, Forbidden, NotFound, Unprocessable

Reader = Annotated[Caller, Depends(require_scopes("metrics:read"))]
Writer = Annotated[Caller, Depends(require_scopes("metrics:write"))]
Admin = Annotated[Caller, Depends(require_scopes("metrics:admin"))]

MetricId = Annotated[
    str,
    Path(max_length=64, description="A metric id of the catalog.", examples=["no-show-rate"]),
]
LevelQuery = Annotated[
    Level,
    Query(description="Level of the unit: clinician, team, site, org or collaborative."),
]
UnitQuery = Annotated[
    str | None,
    Query(
        max_length=128,
        description="The unit's id at that level (the collaborative id at the collaborative "
        "level); omit at the org level, where the unit is your own organization.",
        examples=["team-north"],
    ),
]
PeriodQuery = Annotated[Period, Query(description="Period length: week, month or quarter.")]
SeriesPeriodQuery = Annotated[
    SeriesPeriod,
    Query(
        description="Period length: week, month or quarter; or `rolling-quarter`, one point "
        "per month, each over the three months ending with it (a small team's series where "
        "single months are suppressed)."
    ),
]
FromQuery = Annotated[
    date | None,
    Query(alias="from", description="First day of the range (inclusive).", examples=["2026-01-01"]),
]
ToQuery = Annotated[
    date | None,
    Query(alias="to", description="Last day of the range (inclusive).", examples=["2026-12-31"]),
]


def _filter(name: str, what: str, example: str) -> object:
    return Query(max_length=64, description=f"Filter: {what}.", examples=[example], alias=name)


ModalityQuery = Annotated[str | None, _filter("modality", "in-person, video or phone", "video")]
ServiceLineQuery = Annotated[
    str | None, _filter("service_line", "the service line id", "adult-outpatient")
]
InstrumentQuery = Annotated[
    str | None, _filter("instrument", "the instrument id (MBC metrics; default phq9)", "phq9")
]
FormQuery = Annotated[
    str | None, _filter("form", "the feedback form id (feedback metrics need it)", "csq8")
]


def filters(
    modality: ModalityQuery = None,
    service_line: ServiceLineQuery = None,
    instrument: InstrumentQuery = None,
    form: FormQuery = None,
) -> dict[str, str | None]:
    """The filter parameters as given (None: not given)."""
    return {
        "modality": modality,
        "service_line": service_line,
        "instrument": instrument,
        "form": form,
    }


FiltersDep = Annotated[dict[str, str | None], Depends(filters)]


def suppression_floor(request: Request) -> int:
    """The deployment's suppression threshold (orgs may raise theirs)."""
    return int(request.app.state.settings.suppression_threshold)


FloorDep = Annotated[int, Depends(suppression_floor)]


def rounding_bases(request: Request) -> Rounding:
    """The deployment's rounding bases: for an org's own staff, and for what leaves the org."""
    bases: Rounding = request.app.state.settings.rounding()
    return bases


RoundingDep = Annotated[Rounding, Depends(rounding_bases)]

_QUERY_NAMES = {"unit_id": "unit", "from": "from"}


def _problem(error: Exception, where: str) -> Exception:
    if isinstance(error, UnknownMetricError) and where == "query":
        return NotFound(str(error), slug="unknown-metric", title="Unknown Metric")
    if isinstance(error, UnknownUnitError | NotFoundError):
        return NotFound(str(error))
    if isinstance(error, TooFewMembersError):
        return too_few_members(error)
    if isinstance(error, NotAllowedError):
        return Forbidden(str(error))
    if isinstance(error, StateConflictError):
        return Conflict(str(error))
    if isinstance(error, InvalidToolQueryError):
        field = error.parameter
    elif isinstance(error, MetricsError):
        field = error.field or "query"
    else:
        return Unprocessable(
            f"The data cannot support this statistic: {error}",
            slug="insufficient-data",
            title="Insufficient Data",
        )
    return Unprocessable(
        str(error),
        errors=[
            {"pointer": f"/{where}/{_QUERY_NAMES.get(field, field) if where == 'query' else field}",
             "detail": str(error),
             "code": "invalid"}
        ],
    )  # fmt: skip


@contextmanager
def tool_errors(where: str = "query") -> Iterator[None]:
    """Run tool code and raise its domain errors as problem details; field errors point into
    the query string, or into the body with ``where="body"``."""
    try:
        yield
    except (MetricsError, ToolError, StatsError) as e:
        raise _problem(e, where) from e

"""The dependencies of the metrics routers, declared once: the callers' scopes, the metric,
level, unit, period, range and filter parameters, path ids, the deployment's disclosure
settings, the clinician role guard and the dashboard's cookie caller. (The chart routes'
own parameters and computed view stay in :mod:`.charts`, the one router that uses them.)

Two wordings of the metric query parameters exist: the learning features' (``LevelQuery``,
``FiltersDep``, ...) and the older values and export routes' (``Values...``, ``Filters``). They
differ in their documented descriptions and limits only, and both stay so that the published
OpenAPI document does not change; both feed the one selection of
:mod:`services.metrics.learning.selection`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from sqlmodel import Session

from services.metrics.catalog import Level, Period
from services.metrics.clinician_access import check_view
from services.metrics.compute import MetricQuery
from services.metrics.compute.disclosure.publish import (
    PublishedCell,
    publish,
    suppression_threshold,
)
from services.metrics.dashboard import signin
from services.metrics.learning.periods import SeriesPeriod
from services.metrics.learning.selection import FilterParams
from services.metrics.stats.rounding import Rounding
from shared.auth import Caller, CallerDep, require_scopes
from shared.auth.roles import OPERATOR_SCOPE
from shared.sessions import ReadSessionDep
from shared.strict_types import IsoDate

Reader = Annotated[Caller, Depends(require_scopes("metrics:read"))]
Writer = Annotated[Caller, Depends(require_scopes("metrics:write"))]
Admin = Annotated[Caller, Depends(require_scopes("metrics:admin"))]
Operator = Annotated[Caller, Depends(require_scopes(OPERATOR_SCOPE))]
"""The platform operator (``platform:operate``, which no tenant token carries)."""

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
    IsoDate | None,
    Query(alias="from", description="First day of the range (inclusive).", examples=["2026-01-01"]),
]
ToQuery = Annotated[
    IsoDate | None,
    Query(alias="to", description="Last day of the range (inclusive).", examples=["2026-12-31"]),
]


def _filter(name: str, what: str, example: str) -> object:
    return Query(max_length=64, description=f"Filter: {what}.", examples=[example], alias=name)


ModalityQuery = Annotated[
    str | None,
    Query(
        max_length=64,
        description="Filter: in-person, video or phone.",
        examples=["video"],
        alias="modality",
        json_schema_extra={"enum": ["in-person", "phone", "video"]},  # checked by the domain
    ),
]
ServiceLineQuery = Annotated[
    str | None, _filter("service_line", "the service line id", "adult-outpatient")
]
InstrumentQuery = Annotated[
    str | None, _filter("instrument", "the instrument id (MBC metrics; default phq9)", "phq9")
]
FormQuery = Annotated[
    str | None, _filter("form", "the feedback form id (feedback metrics need it)", "csq8")
]

ItemQuery = Annotated[
    str | None,
    _filter(
        "item", "the item id on the feedback form (per-question metrics need it)", "felt-heard"
    ),
]
ThemeQuery = Annotated[
    str | None, _filter("theme", "a feedback theme code of your organization's list", "waiting")
]
RoleQuery = Annotated[
    str | None, _filter("role", "the respondents' role (staff-survey metrics)", "nurse")
]


def filters(
    modality: ModalityQuery = None,
    service_line: ServiceLineQuery = None,
    instrument: InstrumentQuery = None,
    form: FormQuery = None,
    item: ItemQuery = None,
    theme: ThemeQuery = None,
    role: RoleQuery = None,
) -> dict[str, str | None]:
    """The filter parameters as given (None: not given)."""
    return {
        "modality": modality,
        "service_line": service_line,
        "instrument": instrument,
        "form": form,
        "item": item,
        "theme": theme,
        "role": role,
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

# The values and export routes' wording of the same parameters (see the module docstring).
ValuesMetricId = Annotated[
    str,
    Path(min_length=1, max_length=64, description="A catalog metric id.", examples=["kept-rate"]),
]


def filter_params(
    modality: Annotated[
        str | None,
        Query(max_length=16, description="`in-person`, `video` or `phone`.", examples=["video"]),
    ] = None,
    service_line: Annotated[
        str | None, Query(max_length=64, description="A service line id.", examples=["adult"])
    ] = None,
    instrument: Annotated[
        str | None,
        Query(max_length=64, description="An instrument id (MBC metrics).", examples=["phq9"]),
    ] = None,
    form: Annotated[
        str | None,
        Query(
            max_length=64, description="A feedback form id (experience metrics).", examples=["ces"]
        ),
    ] = None,
    item: Annotated[
        str | None,
        Query(
            max_length=64,
            description="An item id on the feedback form (per-question metrics).",
            examples=["felt-heard"],
        ),
    ] = None,
    theme: Annotated[
        str | None,
        Query(
            max_length=64,
            description="A feedback theme code of your organization's list (theme metrics).",
            examples=["waiting-times"],
        ),
    ] = None,
    role: Annotated[
        str | None,
        Query(
            max_length=32,
            description="The respondents' role (staff-survey metrics).",
            examples=["nurse"],
        ),
    ] = None,
) -> FilterParams:
    """The values routes' filter parameters, as given."""
    return FilterParams(modality, service_line, instrument, form, item, theme, role)


Filters = Annotated[FilterParams, Depends(filter_params)]
ValuesLevelQuery = Annotated[Level, Query(description="Level of the units.", examples=["team"])]
ValuesUnitQuery = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=128,
        description="One unit at the level (clinician, team, site id; your org; a "
        "collaborative id, required at that level). Omit for every unit.",
        examples=["team-7"],
    ),
]
ValuesPeriodQuery = Annotated[Period, Query(description="Period length.", examples=["month"])]
ValuesSeriesPeriodQuery = Annotated[
    SeriesPeriod,
    Query(
        description="Period length, or `rolling-quarter`: one value per month, each over the "
        "three months ending with it (small units get a published series where single months "
        "are suppressed).",
        examples=["month"],
    ),
]


def publish_for(
    request: Request,
    session: Session,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    viewer: Caller,
) -> tuple[int, list[PublishedCell]]:
    """The threshold protecting ``orgs`` and the cells of ``query`` published under the
    deployment's settings (floor and rounding bases) for ``viewer``."""
    settings = request.app.state.settings
    threshold = suppression_threshold(session, orgs=orgs, floor=settings.suppression_threshold)
    cells = publish(
        session,
        orgs=orgs,
        query=query,
        threshold=threshold,
        viewer_org=viewer.org,
        bases=settings.rounding(),
    )
    return threshold, cells


def clinician_guard(request: Request, caller: CallerDep, session: ReadSessionDep) -> None:
    """403/404 problem unless the caller's role lets it see the clinician(s) asked about.

    The role check of every route with clinician-level figures, as one router dependency: it
    reads the request's ``level`` and ``unit`` query parameters and a ``clinician_id`` path
    parameter, so the routers it guards need no change of their own; the rules are in
    :mod:`services.metrics.clinician_access`. It runs in a worker thread (a supervisor's check
    reads the facts), after the token is verified.
    """
    check_view(
        session,
        caller=caller,
        level=request.query_params.get("level"),
        unit=request.query_params.get("unit"),
        clinician_id=request.path_params.get("clinician_id"),
        roleless=request.app.state.settings.roleless_tokens,
    )


# The dashboard's pages: the caller its cookie speaks for (None: show the sign-in page).
def viewer(request: Request) -> Caller | None:
    """The caller the cookie's token speaks for, or None when it cannot sign in."""
    token = request.cookies.get(signin.COOKIE)
    if not token:
        return None
    try:
        caller = signin.verify(request.app.state.authenticator, token)
    except signin.SignInRefusedError:
        return None
    request.state.caller = caller
    return caller


ViewerDep = Annotated[Caller | None, Depends(viewer)]
Text = Annotated[str | None, Query(max_length=128)]

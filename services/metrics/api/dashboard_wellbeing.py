"""The dashboard's team well-being page: the staff survey and workforce metrics of one unit.

A page for people, kept out of the OpenAPI document like the other dashboard pages (the same
numbers are ``GET /v1/metrics/{id}/values``). Team, site and org figures name no clinician, so
no role limits them (:mod:`services.metrics.clinician_access`); the form applies on Show.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from services.metrics.api.dashboard import _page, _to_sign_in
from services.metrics.api.deps import FloorDep, RoundingDep, Text, ViewerDep
from services.metrics.dashboard.wellbeing_page import LEVELS, PERIODS, wellbeing_page
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/dashboard", include_in_schema=False)
PageLevel = Literal["team", "site", "org"]
PagePeriod = Literal["quarter", "month"]


@router.get("/wellbeing")
def wellbeing(
    request: Request,
    caller: ViewerDep,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    level: PageLevel = "team",
    unit: Text = None,
    period: PagePeriod = "quarter",
    unit_level: PageLevel | None = None,
) -> Response:
    """Each well-being metric's latest published values for the unit. The form says which
    level its unit list was for (`unit_level`): a unit of another level is dropped, so a new
    level starts at its first unit."""
    if caller is None:
        return _to_sign_in(request)
    if unit_level is not None and unit_level != level:
        unit = None
    page = wellbeing_page(session, org=caller.org, level=level, unit=unit or None,
                          period=period, floor=floor, bases=bases)  # fmt: skip
    return _page("wellbeing.html", viewer=caller, page=page, levels=LEVELS, page_periods=PERIODS)

"""The dashboard's overview page (where it opens) and its CSV download.

A page for people, kept out of the OpenAPI document like the other dashboard pages (the same
data is ``GET /v1/overview`` and ``GET /v1/recognitions``). The form has a Show button and is
never submitted by a change of a select (a keyboard or screen-reader user moving through the
options must not be sent to another page on the way).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlmodel import Session

from services.metrics.api.dashboard import _page, _to_sign_in
from services.metrics.api.deps import FloorDep, RoundingDep, Text, ViewerDep
from services.metrics.catalog import Domain, Period
from services.metrics.clinician_access import check_view, visible_clinicians
from services.metrics.dashboard.overview_page import (
    ASSURANCE_TEXT,
    VARIATION_TEXT,
    OverviewPage,
    icon_svg,
    overview_csv,
    overview_page,
    unit_choices,
)
from shared.auth import Caller
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/dashboard", include_in_schema=False)
PageLevel = Literal["org", "site", "team", "clinician"]


def _build(
    request: Request, session: Session, caller: Caller, *, level: PageLevel, unit: str | None,
    period: Period, domain: Domain | None, floor: int, bases: object,
) -> OverviewPage:  # fmt: skip
    roleless = request.app.state.settings.roleless_tokens
    units: tuple[str, ...] = ()
    if level != "org":
        units = unit_choices(session, org=caller.org, level=level)
        if level == "clinician":
            units = visible_clinicians(session, caller=caller, roleless=roleless, among=units)
        unit = unit if unit in units else (units[0] if units else None)
        if unit is None:
            level = "org"
    check_view(session, caller=caller, level=level, unit=unit, clinician_id=None,
               roleless=roleless)  # fmt: skip
    return overview_page(
        session, org=caller.org, level=level, unit=unit if level != "org" else None,
        period=period, domain=domain, floor=floor, bases=bases,  # type: ignore[arg-type]
        units=units, today=datetime.now(UTC).date(),
    )  # fmt: skip


@router.get("/overview")
def overview(
    request: Request,
    caller: ViewerDep,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    level: PageLevel = "org",
    unit: Text = None,
    period: Period = "month",
    domain: Domain | Literal[""] = "",
) -> Response:
    """Every metric of the chosen unit as a tile with its icons, and the level's recognitions."""
    if caller is None:
        return _to_sign_in(request)
    page = _build(request, session, caller, level=level, unit=unit or None, period=period,
                  domain=domain or None, floor=floor, bases=bases)  # fmt: skip
    return _page("overview.html", viewer=caller, page=page, icon=icon_svg,
                 variation_text=VARIATION_TEXT, assurance_text=ASSURANCE_TEXT)  # fmt: skip


@router.get("/overview.csv")
def overview_download(
    request: Request,
    caller: ViewerDep,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    level: PageLevel = "org",
    unit: Text = None,
    period: Period = "month",
    domain: Domain | Literal[""] = "",
) -> Response:
    """The overview page's tiles as CSV (published values only)."""
    if caller is None:
        return _to_sign_in(request)
    page = _build(request, session, caller, level=level, unit=unit or None, period=period,
                  domain=domain or None, floor=floor, bases=bases)  # fmt: skip
    name = re.sub(r"[^A-Za-z0-9._-]", "_", f"overview-{page.level}-{page.unit or caller.org}.csv")
    return Response(
        overview_csv(page), media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"',
                 "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
    )  # fmt: skip

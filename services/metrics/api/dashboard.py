"""The leaders' dashboard: read-only HTML pages over the tools, signed in with a token cookie.

Kept out of the OpenAPI document: these are pages for people, not operations for clients
(the same data is in ``/v1``). Every page verifies the cookie's token as the API verifies a
bearer token and redirects to the sign-in form when it is missing or no longer valid.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlmodel import Session

from services.metrics.api.deps import FloorDep, RoundingDep, Text, ViewerDep
from services.metrics.catalog import EquityDimension, Level, Period
from services.metrics.clinician_access import check_clinician, check_view, visible_clinicians
from services.metrics.dashboard import signin
from services.metrics.dashboard.choices import Requested
from services.metrics.dashboard.clinician_page import clinician_report
from services.metrics.dashboard.outcome import attempt
from services.metrics.dashboard.page import DashboardPage, dashboard_page
from services.metrics.dashboard.report_options import report_options
from services.metrics.dashboard.templates import new_nonce, render
from services.metrics.schemas.dashboard import SignedInOut, SignInIn
from shared.auth import Caller
from shared.problems import Forbidden, Unauthorized, Unprocessable
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/dashboard", include_in_schema=False)


def _headers(nonce: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": (
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            f"script-src 'nonce-{nonce}'; connect-src 'self'; form-action 'self'; "
            "base-uri 'none'; "
            "frame-ancestors 'none'"
        ),
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
    }


def _page(name: str, *, status: int = 200, **context: object) -> HTMLResponse:
    nonce = new_nonce()
    html = render(name, nonce=nonce, **context)
    return HTMLResponse(html, status_code=status, headers=_headers(nonce))


def _to_sign_in(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    response = RedirectResponse(
        f"/dashboard/sign-in?{urlencode({'next': target})}", status_code=303
    )
    if signin.COOKIE in request.cookies:
        response.delete_cookie(signin.COOKIE, path=signin.COOKIE_PATH)
    return response


def _date(value: str | None, name: str) -> date | None:
    """A date input: empty means not given; anything else must be an ISO date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise Unprocessable(
            f"`{name}` must be a date (YYYY-MM-DD).",
            errors=[{"pointer": f"/query/{name}", "detail": "not a date", "code": "date"}],
        ) from error


def _same_origin(request: Request) -> None:
    """Refuse a form posted from another site (login CSRF), when the browser says so."""
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise Forbidden("The dashboard only accepts posts from its own pages.")


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(caller: ViewerDep, next: Text = None) -> HTMLResponse:
    return _page("sign_in.html", viewer=caller, message=None, next=signin.safe_next(next))


@router.post("/sign-in", response_model=SignedInOut)
def sign_in(request: Request, body: SignInIn) -> JSONResponse:
    """Verify the pasted token and keep it in the cookie; a token that cannot sign in is
    the API's 401 (invalid, expired) or 403 (no ``metrics:read``) problem."""
    _same_origin(request)
    try:
        signin.verify(request.app.state.authenticator, body.token)
    except signin.SignInRefusedError as refused:
        problem = Unauthorized if refused.status == 401 else Forbidden
        raise problem(str(refused)) from refused
    response = JSONResponse(
        {"next": signin.safe_next(body.next)}, headers={"Cache-Control": "no-store"}
    )
    response.set_cookie(value=signin.bare(body.token),
                        **signin.cookie_options(request.app.state.settings))  # type: ignore[arg-type]  # fmt: skip
    return response


@router.post("/sign-out", status_code=204)
def sign_out(request: Request) -> Response:
    """Forget the token (the page posts without a body)."""
    _same_origin(request)
    response = Response(status_code=204)
    options = signin.cookie_options(request.app.state.settings)
    response.delete_cookie(signin.COOKIE, path=signin.COOKIE_PATH,
                           secure=bool(options["secure"]), httponly=True,
                           samesite="strict")  # fmt: skip
    return response


@router.get("", response_class=HTMLResponse)
def dashboard(
    request: Request,
    caller: ViewerDep,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    metric: Annotated[str, Query(max_length=64)] = "kept-rate",
    level: Level | None = None,
    unit: Text = None,
    period: Period = "month",
    start: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    end: Annotated[str | None, Query(alias="to", max_length=10)] = None,
    by: EquityDimension = "race",
    modality: Text = None,
    service_line: Text = None,
    instrument: Text = None,
    form: Text = None,
    item: Text = None,
    theme: Text = None,
    collaborative: Text = None,
    unit_level: Level | None = None,
) -> Response:
    """A metric for one unit: control chart and signals, equity, benchmark. The form says
    which level its unit list was for (`unit_level`): a unit of another level than the one
    asked for is dropped, so a new level starts at its first unit without a script."""
    if caller is None:
        return _to_sign_in(request)
    if unit_level is not None and unit_level != level:
        unit = None
    asked = Requested(
        metric=metric, level=level, unit=unit or None, period=period,
        start=_date(start, "from"), end=_date(end, "to"), by=by,
        filters={"modality": modality, "service_line": service_line, "instrument": instrument,
                 "form": form, "item": item, "theme": theme},
        collaborative=collaborative or None,
    )  # fmt: skip
    roleless = request.app.state.settings.roleless_tokens
    check_view(session, caller=caller, level=level, unit=unit or None, clinician_id=None,
               roleless=roleless)  # fmt: skip
    page = dashboard_page(session, org=caller.org, asked=asked, floor=floor, bases=bases)
    if page.choice.level == "clinician" and page.choice.unit != unit:
        # The page fell back to another clinician than the one asked for: check that one too.
        check_view(session, caller=caller, level="clinician", unit=page.choice.unit,
                   clinician_id=None, roleless=roleless)  # fmt: skip
    return _page(
        "dashboard.html", viewer=caller, page=_within_view(session, caller, page, roleless)
    )


def _within_view(
    session: Session, caller: Caller, page: DashboardPage, roleless: str
) -> DashboardPage:
    """The page with its lists of clinicians cut to those the caller's role may see."""

    def visible(among: tuple[str, ...]) -> tuple[str, ...]:
        return visible_clinicians(session, caller=caller, roleless=roleless, among=among)

    choice = page.choice
    if choice.level == "clinician":
        choice = replace(choice, units=visible(choice.units))
    return replace(page, choice=choice, clinicians=visible(page.clinicians))


@router.get("/clinicians/{clinician_id}", response_class=HTMLResponse)
def clinician(
    request: Request,
    caller: ViewerDep,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    clinician_id: Annotated[str, Path(min_length=1, max_length=64)],
    start: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    end: Annotated[str | None, Query(alias="to", max_length=10)] = None,
    instrument: Text = None,
    form: Text = None,
) -> Response:
    """A clinician's feedback report, next to their team's and the organization's."""
    if caller is None:
        return _to_sign_in(request)
    check_clinician(session, caller=caller, clinician_id=clinician_id,
                    roleless=request.app.state.settings.roleless_tokens)  # fmt: skip
    first, last = _date(start, "from"), _date(end, "to")
    options = report_options(
        session, org=caller.org, clinician_id=clinician_id, start=first, end=last,
        instrument=instrument or None, form=form,
    )  # fmt: skip
    report = attempt(
        lambda: clinician_report(
            session, org=caller.org, clinician_id=clinician_id, start=options.start,
            end=options.end, form=options.form, instrument=options.instrument, floor=floor,
            bases=bases,
        )
    )  # fmt: skip
    return _page(
        "clinician.html", viewer=caller, clinician_id=clinician_id, report=report,
        start=options.start, end=options.end,
        instrument=options.instrument, form=options.form, instruments=options.instruments,
        forms=options.forms, notices=options.notices,
    )  # fmt: skip

"""The role check of every route with clinician-level figures, as one router dependency.

It reads the request's ``level`` and ``unit`` query parameters and a ``clinician_id`` path
parameter, so the routers it guards need no change of their own; the rules are in
:mod:`services.metrics.clinician_access`. It runs in a worker thread (a supervisor's check
reads the facts), after the token is verified.
"""

from __future__ import annotations

from fastapi import Request

from services.metrics.clinician_access import check_view
from shared.auth import CallerDep
from shared.sessions import ReadSessionDep


def clinician_guard(request: Request, caller: CallerDep, session: ReadSessionDep) -> None:
    """403/404 problem unless the caller's role lets it see the clinician(s) asked about."""
    check_view(
        session,
        caller=caller,
        level=request.query_params.get("level"),
        unit=request.query_params.get("unit"),
        clinician_id=request.path_params.get("clinician_id"),
        roleless=request.app.state.settings.roleless_tokens,
    )

"""Whose booked sessions a caller's due list shows: the same roles as clinician figures
(:mod:`services.metrics.clinician_access`), applied to patients.

* ``clinician``: the sessions with the token's own ``clinician_id``;
* ``supervisor``: the sessions of the token's ``teams`` (and its own);
* ``leader``: every session of the organization.

A token without a role sees none (403 ``role-required``), unless the deployment treats such
tokens as leaders. Asking for a clinician outside the caller's view, or a supervisor for a team
not theirs, is a 404, as for an unknown id. The list is patient-level, so no small-cell
suppression applies; this check and the audit of every patient listed take its place.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from services.metrics.clinician_access import check_clinician, effective_role
from shared.auth import Caller
from shared.problems import Forbidden, NotFound


@dataclass(frozen=True, slots=True)
class SessionView:
    """Which sessions to list: the query's filters and the caller's role bound.

    ``own_clinician`` and ``teams`` are the role's bound (None: unbounded); a session is in
    the bound when its clinician is ``own_clinician`` or its team is one of ``teams``.
    """

    clinician_id: str | None
    team_id: str | None
    own_clinician: str | None
    teams: frozenset[str] | None

    @property
    def bounded(self) -> bool:
        return self.own_clinician is not None or self.teams is not None


def session_view(
    session: Session,
    *,
    caller: Caller,
    roleless: str,
    clinician_id: str | None,
    team_id: str | None,
) -> SessionView:
    """The caller's view, or 403/404 as the module says."""
    role = effective_role(caller, roleless)
    if role is None:
        raise Forbidden(
            "The due list names patients: it needs a `role` claim in the token (clinician, "
            "supervisor or leader).",
            slug="role-required",
            title="Role Required",
        )
    if clinician_id is not None:
        check_clinician(session, caller=caller, clinician_id=clinician_id, roleless=roleless)
    if role == "leader":
        return SessionView(clinician_id, team_id, None, None)
    if role == "supervisor":
        if team_id is not None and team_id not in caller.teams:
            raise NotFound("No team with this id is visible to you.")
        return SessionView(clinician_id, team_id, caller.clinician_id, frozenset(caller.teams))
    return SessionView(clinician_id, team_id, caller.clinician_id or caller.sub, frozenset())

"""Whose clinician-level figures a caller sees: its own, its teams', or everyone's.

A token's ``role`` claim (:mod:`shared.auth.roles`) decides, on every route that names a
clinician or answers clinician-level cells (values and CSV at ``level=clinician``, charts,
equity, MeasureReports, intervention effects, the feedback report, the dashboard):

* ``leader``: every clinician of the organization;
* ``supervisor``: the clinicians who have seen patients in one of the token's ``teams`` (and
  the supervisor's own ``clinician_id``);
* ``clinician``: only the token's own ``clinician_id`` (``sub`` when the claim is absent).

A clinician outside the caller's view is answered 404 (as an unknown id: the answer does not
confirm that the clinician exists). Only a leader may ask for every clinician at once (a
clinician-level query without ``unit``); the others get 403 and name one. A token without a
role gets no clinician-level view (403), unless the deployment treats such tokens as leaders
(``METRICS_ROLELESS_TOKENS=leader``, a migration aid for integrations minted before roles).
Team, site, org and collaborative levels are not restricted by role: their cells are small-cell
suppressed and name no clinician.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from services.metrics.models import EncounterFact, EpisodeFact
from shared.auth import Caller
from shared.problems import Forbidden, NotFound

CLINICIAN = "clinician"


def effective_role(caller: Caller, roleless: str) -> str | None:
    """The caller's role, or what the deployment grants a token without one (None: nothing)."""
    if caller.role is not None:
        return caller.role
    return "leader" if roleless == "leader" else None


def clinician_teams(session: Session, *, org: str, clinician_id: str) -> set[str]:
    """The teams in which the clinician has seen patients (sessions or MBC episodes)."""
    teams: set[str] = set()
    for table in (EncounterFact, EpisodeFact):
        rows = session.exec(
            select(table.team_id)
            .where(table.org == org, table.clinician_id == clinician_id)
            .where(col(table.team_id).is_not(None))
            .distinct()
        ).all()
        teams.update(str(t) for t in rows)
    return teams


def visible_clinicians(
    session: Session, *, caller: Caller, roleless: str, among: tuple[str, ...]
) -> tuple[str, ...]:
    """The clinicians of ``among`` the caller may see (lists of clinicians, e.g. the
    dashboard's, name no one outside the caller's view)."""
    role = effective_role(caller, roleless)
    if role == "leader":
        return among
    allowed = {caller.clinician_id}
    if role == "supervisor" and caller.teams:
        for table in (EncounterFact, EpisodeFact):
            allowed.update(
                str(c)
                for c in session.exec(
                    select(table.clinician_id)
                    .where(table.org == caller.org, col(table.team_id).in_(caller.teams))
                    .distinct()
                ).all()
            )
    return tuple(c for c in among if c in allowed) if role is not None else ()


def check_clinician(session: Session, *, caller: Caller, clinician_id: str, roleless: str) -> None:
    """Raise 403 (no role) or 404 (not in the caller's view) unless the caller may see
    ``clinician_id``'s figures."""
    role = effective_role(caller, roleless)
    if role is None:
        raise Forbidden(
            "Clinician-level figures need a `role` claim in the token (clinician, supervisor "
            "or leader).",
            slug="role-required",
            title="Role Required",
        )
    if role == "leader" or clinician_id == caller.clinician_id:
        return
    if role == "supervisor" and caller.teams & clinician_teams(
        session, org=caller.org, clinician_id=clinician_id
    ):
        return
    raise NotFound("No clinician with this id is visible to you.")


def check_view(
    session: Session,
    *,
    caller: Caller,
    level: str | None,
    unit: str | None,
    clinician_id: str | None,
    roleless: str,
) -> None:
    """The check of one request: a named clinician (path), or a ``level=clinician`` query."""
    if clinician_id is not None:
        check_clinician(session, caller=caller, clinician_id=clinician_id, roleless=roleless)
    if level != CLINICIAN:
        return
    if unit:
        check_clinician(session, caller=caller, clinician_id=unit, roleless=roleless)
    elif effective_role(caller, roleless) != "leader":
        raise Forbidden(
            "Only a leader sees every clinician at once: name one clinician in `unit`.",
            slug="role-required",
            title="Role Required",
        )

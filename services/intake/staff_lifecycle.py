"""A staff record's lifecycle: roles, leaving reasons, the FTE bound, and which moves are possible.

A staff record is one person's post in the org's workforce (who, in which team and site, in what
role, at what FTE, since and until when). Its ``staff_id`` is the pseudonymous ``clinician_id``
the clinical records use, so there is one record per person, holding their current (or last)
spell in post. The record's state is derived from what it carries, never sent on its own:

    in-post ──► left | entered-in-error
    left ──► in-post | entered-in-error
    entered-in-error ──► (nothing)

* **in-post**: no ``ended_on``. Role, team, site and FTE may change in place (a move of team is
  an update, not a leaving: turnover counts people leaving the org's workforce).
* **left**: ``ended_on`` and a ``leaving_reason``. A leaver's day and reason can be corrected,
  and the leaving itself retracted (back to in-post: a resignation withdrawn, or recorded by
  mistake); the feed carries each version, so a consumer always holds the latest.
* **entered-in-error**: the record was a mistake (a wrong id, a person who never worked there)
  and counts for nothing. Final, as an encounter's or episode's: a consumer may drop the facts
  of a retracted record for good, so it never comes back under the same id.

Sending the state a record already has is never refused. A new record may start in any state:
HR extracts often first report someone when they leave.
"""

from __future__ import annotations

from enum import StrEnum

from services.intake.errors import StaffTransitionNotAllowedError

__all__ = [
    "ALLOWED_STAFF_MOVES",
    "MAX_FTE",
    "LeavingReason",
    "StaffRole",
    "StaffState",
    "check_staff_transition",
    "staff_state",
]

#: Contracted FTE above 1.5 (60 hours a week on a 40-hour week) is not a contract but a data
#: error: hours sent as FTE (37.5) or a percentage (100). Full time is 1.0; contracts a little
#: above it exist (additional hours, two part posts in one team), but the EU Working Time
#: Directive (2003/88/EC, art. 6) caps average weekly working time at 48 hours, 1.2 to 1.3 FTE,
#: so 1.5 leaves room for any lawful contract and still catches the mistakes.
MAX_FTE = 1.5


class StaffRole(StrEnum):
    """Profession or role (the same codes as ``shared.events.StaffRole``)."""

    PSYCHIATRIST = "psychiatrist"
    PSYCHOLOGIST = "psychologist"
    NURSE = "nurse"
    SOCIAL_WORKER = "social-worker"
    COUNSELOR = "counselor"
    PEER_SPECIALIST = "peer-specialist"
    CARE_COORDINATOR = "care-coordinator"
    ADMINISTRATIVE = "administrative"
    MANAGER = "manager"
    OTHER = "other"


class LeavingReason(StrEnum):
    """Why someone left (the same codes as ``shared.events.LeavingReason``): voluntary leaving
    (resigned, retired) apart from the rest, since that is what well-being work can change."""

    RESIGNED = "resigned"
    RETIRED = "retired"
    END_OF_CONTRACT = "end-of-contract"
    DISMISSED = "dismissed"
    MOVED_INTERNALLY = "moved-internally"
    DIED = "died"
    OTHER = "other"


class StaffState(StrEnum):
    """Where a staff record stands, derived from its fields (see the module docstring)."""

    IN_POST = "in-post"
    LEFT = "left"
    ENTERED_IN_ERROR = "entered-in-error"


_S = StaffState
#: State -> the states it may move to (besides itself, which is never refused).
ALLOWED_STAFF_MOVES: dict[StaffState, frozenset[StaffState]] = {
    _S.IN_POST: frozenset({_S.LEFT, _S.ENTERED_IN_ERROR}),
    _S.LEFT: frozenset({_S.IN_POST, _S.ENTERED_IN_ERROR}),
    _S.ENTERED_IN_ERROR: frozenset(),
}


def staff_state(*, ended: bool, entered_in_error: bool) -> StaffState:
    """The state of a record that has (or has not) an ``ended_on`` and the error flag."""
    if entered_in_error:
        return StaffState.ENTERED_IN_ERROR
    return StaffState.LEFT if ended else StaffState.IN_POST


def check_staff_transition(current: StaffState | None, requested: StaffState) -> None:
    """Raise :class:`StaffTransitionNotAllowedError` when ``current`` cannot become
    ``requested``; ``current`` is None for a record intake has not seen."""
    if current is None or requested == current:
        return
    allowed = ALLOWED_STAFF_MOVES[current]
    if requested not in allowed:
        ordered = tuple(s for s in StaffState if s in allowed)
        raise StaffTransitionNotAllowedError(current, requested, ordered)

"""The episode-of-care lifecycle: statuses, discharge reasons, and which status moves are possible.

An episode of care is one patient's course of care in one service line (FHIR R4 EpisodeOfCare,
http://hl7.org/fhir/R4/episodeofcare.html). Its statuses are FHIR's
(http://hl7.org/fhir/R4/valueset-episode-of-care-status.html): an episode is ``planned`` or on
the ``waitlist`` before care starts, ``active`` while it runs (``onhold`` for a pause), and ends
either ``finished`` (care was given, then the episode closed) or ``cancelled`` (it ended before
it became active). Like an encounter's outcome, an end is final but can be retracted with
``entered-in-error``; a patient who comes back starts a new episode, so a returning patient's
outcomes are measured from a fresh baseline.

    planned ──► waitlist | active | cancelled | entered-in-error
    waitlist ──► active | cancelled | entered-in-error
    active ──► onhold | finished | entered-in-error
    onhold ──► active | finished | entered-in-error
    finished | cancelled ──► entered-in-error
    entered-in-error ──► (nothing)

Sending the status an episode already has is never refused (a re-send, or a correction of its
dates or reason). A new episode may start in any status: extracts often report a course only
once it has closed.
"""

from __future__ import annotations

from enum import StrEnum

from services.intake.errors import EpisodeTransitionNotAllowedError

__all__ = [
    "ALLOWED_EPISODE_MOVES",
    "CLOSED",
    "DischargeReason",
    "EpisodeStatus",
    "allowed_next_episode",
    "check_episode_transition",
]


class EpisodeStatus(StrEnum):
    """FHIR R4 EpisodeOfCare.status (the same codes as ``shared.events.EpisodeStatus``)."""

    PLANNED = "planned"
    WAITLIST = "waitlist"
    ACTIVE = "active"
    ONHOLD = "onhold"
    FINISHED = "finished"
    CANCELLED = "cancelled"
    ENTERED_IN_ERROR = "entered-in-error"


class DischargeReason(StrEnum):
    """Why an episode closed (the same codes as ``shared.events.DischargeReason``).

    NHS Talking Therapies' ending codes (NHS England, NHS Talking Therapies Manual, v7 2024,
    "ending of treatment") tell a planned completion from a patient who stopped attending
    without agreement (``dropped-out``) and from an onward referral or transfer; ``died`` and
    ``other`` complete the list.
    """

    PLANNED_COMPLETION = "planned-completion"
    DROPPED_OUT = "dropped-out"
    TRANSFERRED = "transferred"
    REFERRED_ON = "referred-on"
    DIED = "died"
    OTHER = "other"


_S = EpisodeStatus
#: Statuses that say the episode has closed: only they carry ``closed_on`` and a discharge reason
#: (and a retraction, which re-sends the record as it was).
CLOSED = frozenset({_S.FINISHED, _S.CANCELLED})

#: Status -> the statuses it may move to (besides itself, which is never refused).
ALLOWED_EPISODE_MOVES: dict[EpisodeStatus, frozenset[EpisodeStatus]] = {
    _S.PLANNED: frozenset({_S.WAITLIST, _S.ACTIVE, _S.CANCELLED, _S.ENTERED_IN_ERROR}),
    _S.WAITLIST: frozenset({_S.ACTIVE, _S.CANCELLED, _S.ENTERED_IN_ERROR}),
    _S.ACTIVE: frozenset({_S.ONHOLD, _S.FINISHED, _S.ENTERED_IN_ERROR}),
    _S.ONHOLD: frozenset({_S.ACTIVE, _S.FINISHED, _S.ENTERED_IN_ERROR}),
    _S.FINISHED: frozenset({_S.ENTERED_IN_ERROR}),
    _S.CANCELLED: frozenset({_S.ENTERED_IN_ERROR}),
    _S.ENTERED_IN_ERROR: frozenset(),
}


def allowed_next_episode(current: EpisodeStatus) -> tuple[EpisodeStatus, ...]:
    """The statuses ``current`` may change to, in declaration order (for error messages)."""
    return tuple(s for s in EpisodeStatus if s in ALLOWED_EPISODE_MOVES[current])


def check_episode_transition(current: EpisodeStatus | None, requested: EpisodeStatus) -> None:
    """Raise :class:`EpisodeTransitionNotAllowedError` when ``current`` cannot become
    ``requested``; ``current`` is None for an episode intake has not seen."""
    if current is None or requested == current:
        return
    if requested not in ALLOWED_EPISODE_MOVES[current]:
        raise EpisodeTransitionNotAllowedError(current, requested, allowed_next_episode(current))

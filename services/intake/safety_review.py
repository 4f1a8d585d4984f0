"""The review lifecycle of a safety event: received, then reviewed, then actioned.

    received ──► reviewed ──► actioned
    received | reviewed | actioned ──► entered-in-error
    entered-in-error ──► (nothing)

A report arrives ``received``. The org's incident reviewers (scope ``intake:safety-review``)
record that they reviewed it, then that it was acted on; each move stamps its time. A report
that should never have existed (a duplicate, a test, the wrong org) is marked
``entered-in-error``, the FHIR way to retract a record (as encounters do, see
:mod:`services.intake.lifecycle`): it stays visible on the feed as its own change rather than
vanishing from figures already published. Moves never go back, and no step is skipped: a report
is not counted as acted on without having been reviewed. Sending the status an event already
has is a no-op, so a retried review changes nothing.
"""

from __future__ import annotations

from enum import StrEnum

from services.intake.errors import ReviewNotAllowedError

__all__ = ["ReviewStatus", "allowed_next", "check_review"]


class ReviewStatus(StrEnum):
    """Where a safety event's review stands (``shared.events.SafetyReviewStatus``)."""

    RECEIVED = "received"
    REVIEWED = "reviewed"
    ACTIONED = "actioned"
    ENTERED_IN_ERROR = "entered-in-error"


_R = ReviewStatus
_NEXT: dict[ReviewStatus, frozenset[ReviewStatus]] = {
    _R.RECEIVED: frozenset({_R.REVIEWED, _R.ENTERED_IN_ERROR}),
    _R.REVIEWED: frozenset({_R.ACTIONED, _R.ENTERED_IN_ERROR}),
    _R.ACTIONED: frozenset({_R.ENTERED_IN_ERROR}),
    _R.ENTERED_IN_ERROR: frozenset(),
}


def allowed_next(current: ReviewStatus) -> tuple[ReviewStatus, ...]:
    """The statuses ``current`` may move to, in declaration order (for error messages)."""
    return tuple(s for s in ReviewStatus if s in _NEXT[current])


def check_review(current: ReviewStatus, requested: ReviewStatus) -> bool:
    """Whether moving to ``requested`` changes anything (False: the same status again);
    raises :class:`ReviewNotAllowedError` for a move the lifecycle forbids."""
    if requested == current:
        return False
    if requested not in _NEXT[current]:
        raise ReviewNotAllowedError(current, requested, allowed_next(current))
    return True

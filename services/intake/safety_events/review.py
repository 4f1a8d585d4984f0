"""Recording a safety event's review: the next status, its time, and the event it publishes.

The moves are :mod:`services.intake.safety_review`'s. ``reviewed_at`` and ``actioned_at`` are
the times intake records each move (server time, like ``reported_at``): a reviewer's token can
say when it acted, not when it claims to have acted. A retraction (entered-in-error) keeps
the times already recorded.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from services.intake import models
from services.intake.errors import UnknownSafetyEventError
from services.intake.safety_events.events import part2_linked, safety_event
from services.intake.safety_review import ReviewStatus, check_review
from shared.feed import append_events
from shared.models import utcnow

__all__ = ["review_safety_event"]

_TABLE = models.core_table(models.SafetyEventRow)
_STAMPS = {ReviewStatus.REVIEWED: "reviewed_at", ReviewStatus.ACTIONED: "actioned_at"}


def review_safety_event(
    *,
    connection: Connection,
    org: str,
    safety_event_id: str,
    status: ReviewStatus,
    part2_on_feed: bool,
) -> tuple[dict[str, Any], bool]:
    """Move the event's review to ``status``; returns its row and whether anything changed.

    Raises :class:`UnknownSafetyEventError` (404) and ``ReviewNotAllowedError`` (409). The row
    is locked as read: two reviewers moving the same event decide one after the other.
    """
    key = (_TABLE.c.org == org) & (_TABLE.c.safety_event_id == safety_event_id)
    found = connection.execute(select(_TABLE).where(key).with_for_update()).mappings().first()
    if found is None:
        raise UnknownSafetyEventError()
    row = dict(found)
    if not check_review(ReviewStatus(row["review_status"]), status):
        return row, False
    now = utcnow()
    changes: dict[str, Any] = {"review_status": status.value, "updated_at": now}
    if status in _STAMPS:
        changes[_STAMPS[status]] = now
    connection.execute(update(_TABLE).where(key).values(**changes))
    row.update(changes)
    labelled = part2_linked(connection, org, [row])
    event = safety_event(org, row, part2=bool(labelled), part2_on_feed=part2_on_feed)
    append_events(connection, models.feed_events, [event])
    return row, True

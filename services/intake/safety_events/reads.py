"""Reading safety events back: one by id, a filtered page, and the API view.

The view withholds ``narrative`` and ``reporter_id`` unless the caller may read them (the
router decides from the token's ``intake:safety-review`` scope, and audits such reads).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from services.intake import models
from services.intake.schemas import SafetyEventOut
from shared.models import as_utc

__all__ = ["SafetyEventFilters", "get_safety_event", "list_safety_events", "safety_event_out"]

_TABLE = models.core_table(models.SafetyEventRow)


@dataclass(frozen=True, slots=True)
class SafetyEventFilters:
    """What a list may be narrowed to; None leaves a filter out. ``occurred_from`` is
    inclusive, ``occurred_to`` exclusive."""

    kind: str | None = None
    harm_level: str | None = None
    review_status: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    occurred_from: datetime | None = None
    occurred_to: datetime | None = None


def get_safety_event(
    connection: Connection, org: str, safety_event_id: str
) -> dict[str, Any] | None:
    key = (_TABLE.c.org == org) & (_TABLE.c.safety_event_id == safety_event_id)
    row = connection.execute(select(_TABLE).where(key)).mappings().first()
    return None if row is None else dict(row)


def list_safety_events(
    connection: Connection,
    org: str,
    filters: SafetyEventFilters,
    *,
    after: str | None,
    limit: int,
) -> list[dict[str, Any]]:
    """A page of the org's safety events in id order (keyset after ``after``)."""
    t = _TABLE.c
    query = select(_TABLE).where(t.org == org)
    for column, value in (
        (t.kind, filters.kind),
        (t.harm_level, filters.harm_level),
        (t.review_status, filters.review_status),
        (t.team_id, filters.team_id),
        (t.site_id, filters.site_id),
    ):
        if value is not None:
            query = query.where(column == value)
    # Stored in UTC (SQLite keeps no zone): the bounds are compared in UTC too.
    if filters.occurred_from is not None:
        query = query.where(t.occurred_at_utc >= _utc_bound(filters.occurred_from))
    if filters.occurred_to is not None:
        query = query.where(t.occurred_at_utc < _utc_bound(filters.occurred_to))
    if after is not None:
        query = query.where(t.safety_event_id > after)
    query = query.order_by(t.safety_event_id).limit(limit)
    return [dict(row) for row in connection.execute(query).mappings()]


def _utc_bound(value: datetime) -> datetime:
    """``value`` in UTC; a bound whose UTC time falls outside the calendar (year 1 at +14:00,
    year 9999 at -14:00) becomes the calendar's first or last instant instead of an error."""
    try:
        return value.astimezone(UTC)
    except OverflowError:
        extreme = datetime.min if value.year == datetime.min.year else datetime.max
        return extreme.replace(tzinfo=UTC)


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value)


def safety_event_out(row: Mapping[str, Any], *, restricted: bool) -> SafetyEventOut:
    """The API view of a stored event; ``restricted`` adds the narrative and the reporter."""
    return SafetyEventOut(
        safety_event_id=row["safety_event_id"],
        kind=row["kind"],
        harm_level=row["harm_level"],
        occurred_at=datetime.fromisoformat(row["occurred_at"]),
        team_id=row["team_id"],
        site_id=row["site_id"],
        patient_id=row["patient_id"],
        encounter_id=row["encounter_id"],
        reporter_id=row["reporter_id"] if restricted else None,
        narrative=row["narrative"] if restricted else None,
        anonymous_report=row["reporter_id"] is None,
        review_status=row["review_status"],
        reported_at=as_utc(row["reported_at"]),
        reviewed_at=_utc(row["reviewed_at"]),
        actioned_at=_utc(row["actioned_at"]),
        updated_at=as_utc(row["updated_at"]),
    )

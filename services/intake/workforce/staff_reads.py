"""Reading staff records back: one by id, a filtered page of the org's, and a row's API view."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import false, or_, select
from sqlalchemy.engine import Connection

from services.intake import models
from services.intake.schemas.staff import StaffIn, StaffOut
from shared.models import as_utc

__all__ = ["StaffFilters", "get_staff", "list_staff", "staff_out"]

_TABLE = models.core_table(models.StaffRow)


@dataclass(frozen=True, slots=True)
class StaffFilters:
    """What a list may be narrowed to; None leaves a filter out. ``in_post_on`` keeps the
    records in post that day (started on or before it, not ended before it), which leaves
    records entered in error out."""

    team_id: str | None = None
    site_id: str | None = None
    role: str | None = None
    in_post_on: date | None = None


def get_staff(connection: Connection, org: str, staff_id: str) -> dict[str, Any] | None:
    key = (_TABLE.c.org == org) & (_TABLE.c.staff_id == staff_id)
    row = connection.execute(select(_TABLE).where(key)).mappings().first()
    return None if row is None else dict(row)


def list_staff(
    connection: Connection, org: str, filters: StaffFilters, *, after: str | None, limit: int
) -> list[dict[str, Any]]:
    """A page of the org's staff records in id order (keyset after ``after``)."""
    t = _TABLE.c
    query = select(_TABLE).where(t.org == org)
    for column, value in ((t.team_id, filters.team_id), (t.site_id, filters.site_id),
                          (t.role, filters.role)):  # fmt: skip
        if value is not None:
            query = query.where(column == value)
    day = filters.in_post_on
    if day is not None:
        query = query.where(
            t.entered_in_error == false(),
            t.started_on <= day,
            or_(t.ended_on.is_(None), t.ended_on >= day),
        )
    if after is not None:
        query = query.where(t.staff_id > after)
    query = query.order_by(t.staff_id).limit(limit)
    return [dict(row) for row in connection.execute(query).mappings()]


def staff_out(row: Mapping[str, Any]) -> StaffOut:
    """The API view of a stored record (its input schema first: one definition of a record)."""
    staff = StaffIn.model_validate({name: row[name] for name in StaffIn.model_fields})
    return StaffOut.build(
        staff_id=row["staff_id"], staff=staff, updated_at=as_utc(row["updated_at"])
    )

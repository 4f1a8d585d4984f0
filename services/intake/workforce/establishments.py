"""Team establishments: a team's funded FTE from a day on, each day its own row (history kept).

A PUT names the team in its path and the day in its body: the same day again replaces that
row (a correction), an identical re-send changes and publishes nothing, another day adds a
row. The row in force on a day is the team's latest ``effective_from`` on or before it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from services.intake import models
from services.intake.schemas.establishments import EstablishmentIn, EstablishmentOut
from services.intake.workforce.events import establishment_event
from shared.feed import append_events
from shared.models import as_utc, utcnow

__all__ = [
    "EstablishmentFilters",
    "establishment_out",
    "list_establishments",
    "save_establishment",
    "team_history",
]

_TABLE = models.core_table(models.EstablishmentRow)
_FIELDS = ("funded_fte", "site_id")


def save_establishment(
    *, session: Session, org: str, team_id: str, establishment: EstablishmentIn
) -> tuple[EstablishmentOut, bool]:
    """Create or replace the team's row for ``establishment.effective_from``; whether it was
    created. A change publishes ``establishment.upserted``; a re-send publishes nothing."""
    t = _TABLE.c
    key = (t.org == org) & (t.team_id == team_id)
    key &= t.effective_from == establishment.effective_from
    found = session.execute(select(_TABLE).where(key).with_for_update()).mappings().first()
    values = {name: getattr(establishment, name) for name in _FIELDS}
    if found is not None and all(found[k] == v for k, v in values.items()):
        return establishment_out(dict(found)), False
    now = utcnow()
    if found is None:
        row = {"org": org, "team_id": team_id, "effective_from": establishment.effective_from}
        session.execute(insert(_TABLE).values(**row, **values, updated_at=now))
    else:
        session.execute(update(_TABLE).where(key).values(**values, updated_at=now))
    append_events(session, models.feed_events, [establishment_event(org, team_id, establishment)])
    out = EstablishmentOut.build(team_id=team_id, establishment=establishment, updated_at=now)
    return out, found is None


@dataclass(frozen=True, slots=True)
class EstablishmentFilters:
    """What a list may be narrowed to; None leaves a filter out. ``in_force_on`` keeps, per
    team, only the row in force that day (teams established later are left out)."""

    team_id: str | None = None
    site_id: str | None = None
    in_force_on: date | None = None


def team_history(connection: Connection, org: str, team_id: str) -> list[dict[str, Any]]:
    """Every row of one team, oldest first."""
    t = _TABLE.c
    query = select(_TABLE).where(t.org == org, t.team_id == team_id).order_by(t.effective_from)
    return [dict(row) for row in connection.execute(query).mappings()]


def list_establishments(
    connection: Connection,
    org: str,
    filters: EstablishmentFilters,
    *,
    after: tuple[str, date] | None,
    limit: int,
) -> list[dict[str, Any]]:
    """A page of the org's rows in (team, day) order, keyset after ``after``."""
    t = _TABLE.c
    query = select(_TABLE).where(t.org == org)
    if filters.team_id is not None:
        query = query.where(t.team_id == filters.team_id)
    if filters.site_id is not None:
        query = query.where(t.site_id == filters.site_id)
    if filters.in_force_on is not None:
        inner = _TABLE.alias("later")
        latest = (
            select(func.max(inner.c.effective_from))
            .where(
                inner.c.org == t.org,
                inner.c.team_id == t.team_id,
                inner.c.effective_from <= filters.in_force_on,
            )
            .scalar_subquery()
        )
        query = query.where(t.effective_from == latest)
    if after is not None:
        team, day = after
        query = query.where((t.team_id > team) | ((t.team_id == team) & (t.effective_from > day)))
    query = query.order_by(t.team_id, t.effective_from).limit(limit)
    return [dict(row) for row in connection.execute(query).mappings()]


def establishment_out(row: Mapping[str, Any]) -> EstablishmentOut:
    """The API view of a stored row."""
    body = EstablishmentIn.model_validate(
        {name: row[name] for name in EstablishmentIn.model_fields}
    )
    return EstablishmentOut.build(
        team_id=row["team_id"], establishment=body, updated_at=as_utc(row["updated_at"])
    )

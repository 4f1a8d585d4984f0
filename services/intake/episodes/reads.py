"""Reading episodes back: one by id, a filtered page of the org's, and the API view of a row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from services.intake import models
from services.intake.schemas import EpisodeIn, EpisodeOut
from shared.models import as_utc

__all__ = ["EpisodeFilters", "episode_out", "get_episode", "list_episodes"]

_TABLE = models.core_table(models.EpisodeRow)


@dataclass(frozen=True, slots=True)
class EpisodeFilters:
    """What a list may be narrowed to; None leaves a filter out. Date bounds are inclusive
    (``opened_from`` <= opened_on <= ``opened_to``); a closed-date bound leaves open episodes
    out."""

    patient_id: str | None = None
    status: str | None = None
    service_line: str | None = None
    team_id: str | None = None
    clinician_id: str | None = None
    opened_from: date | None = None
    opened_to: date | None = None
    closed_from: date | None = None
    closed_to: date | None = None


def get_episode(connection: Connection, org: str, episode_id: str) -> dict[str, Any] | None:
    key = (_TABLE.c.org == org) & (_TABLE.c.episode_id == episode_id)
    row = connection.execute(select(_TABLE).where(key)).mappings().first()
    return None if row is None else dict(row)


def list_episodes(
    connection: Connection, org: str, filters: EpisodeFilters, *, after: str | None, limit: int
) -> list[dict[str, Any]]:
    """A page of the org's episodes in id order (keyset after ``after``)."""
    t = _TABLE.c
    query = select(_TABLE).where(t.org == org)
    for column, value in (
        (t.patient_id, filters.patient_id),
        (t.status, filters.status),
        (t.service_line, filters.service_line),
        (t.team_id, filters.team_id),
        (t.clinician_id, filters.clinician_id),
    ):
        if value is not None:
            query = query.where(column == value)
    for column, low, high in (
        (t.opened_on, filters.opened_from, filters.opened_to),
        (t.closed_on, filters.closed_from, filters.closed_to),
    ):
        if low is not None:
            query = query.where(column >= low)
        if high is not None:
            query = query.where(column <= high)
    if after is not None:
        query = query.where(t.episode_id > after)
    query = query.order_by(t.episode_id).limit(limit)
    return [dict(row) for row in connection.execute(query).mappings()]


def episode_out(row: Mapping[str, Any]) -> EpisodeOut:
    """The API view of a stored episode (its input schema first: one definition of an episode)."""
    episode = EpisodeIn.model_validate({name: row[name] for name in EpisodeIn.model_fields})
    return EpisodeOut.build(
        episode_id=row["episode_id"], episode=episode, updated_at=as_utc(row["updated_at"])
    )

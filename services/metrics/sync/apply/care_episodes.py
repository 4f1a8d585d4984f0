"""``episode.upserted`` -> ``fact_care_episodes``: each episode of care's latest state.

Versioned by the feed's commit time like every fact, so replaying an older event never
overwrites a newer state. A redacted (Part 2) episode arrives without its patient and is
stored without one: it never reaches a due list. Period keys are those of the opening day;
the ``closed_`` ones those of the closing day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.engine import Connection

from services.metrics.models import CareEpisodeFact
from services.metrics.sync.apply.common import Parsed, latest, upsert
from services.metrics.sync.apply.periods import period_keys
from shared.events import EpisodeUpserted

TABLE = CareEpisodeFact.__table__  # type: ignore[attr-defined]


def _closing_keys(closed_on: date | None) -> dict[str, date | None]:
    """``closed_week``, ``closed_month``, ``closed_quarter``: the closing period keys."""
    keys = period_keys(closed_on) if closed_on is not None else {}
    return {f"closed_{name}": keys.get(name) for name in ("week", "month", "quarter")}


def row_of(event: Parsed[EpisodeUpserted]) -> dict[str, Any]:
    d = event.data
    return {
        "org": event.org,
        "episode_id": d.episode_id,
        "patient_id": d.patient_id,
        "status": d.status,
        "service_line": d.service_line,
        "team_id": d.team_id,
        "site_id": d.site_id,
        "clinician_id": d.clinician_id,
        "opened_on": d.opened_on,
        "closed_on": d.closed_on,
        **_closing_keys(d.closed_on),
        "length_days": None if d.closed_on is None else (d.closed_on - d.opened_on).days,
        "discharge_reason": d.discharge_reason,
        "redacted": d.redacted,
        "event_time": event.time,
        **period_keys(d.opened_on),
    }


def apply_care_episodes(connection: Connection, events: Sequence[Parsed[EpisodeUpserted]]) -> None:
    """Store each episode's latest state."""
    newest = latest(events, key=lambda e: (e.org, e.data.episode_id))
    upsert(connection, TABLE, [row_of(e) for e in newest], versioned=True)

"""``feedback.themed`` -> ``fact_feedback_themes``: the submission's latest theme set.

Each event replaces the submission's whole set: its themes are written with the event's time
and the rows of themes it dropped are deleted. Every set also writes the row of the empty
theme code (``SET_THEME``) with its time, so that the set's time is stored even when the set
is empty. An event older than
the stored set (a prefix of the feed replayed) is skipped whole: it can neither bring a
removed theme back nor add one. So the rows are those of the latest set, however the feed
was paged or replayed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.engine import Connection

from services.metrics.models import FeedbackThemeFact
from services.metrics.models.feedback import SET_THEME
from services.metrics.sync.apply.common import Parsed, by_org, chunks, latest, upsert
from shared.events import FeedbackThemed

TABLE = FeedbackThemeFact.__table__  # type: ignore[attr-defined]

#: Themes the newer set dropped: every theme it has was just written with its time.
_DROPPED = delete(TABLE).where(
    TABLE.c.org == bindparam("b_org"),
    TABLE.c.feedback_id == bindparam("b_feedback"),
    TABLE.c.event_time < bindparam("b_time"),
)


def _aware(moment: datetime) -> datetime:
    """A stored time as an aware UTC time (SQLite gives back naive UTC)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _set_times(
    connection: Connection, keys: list[tuple[str, str]]
) -> dict[tuple[str, str], datetime]:
    """The stored set time of each (org, feedback id) that has one."""
    out: dict[tuple[str, str], datetime] = {}
    for org, ids in by_org(keys).items():
        for chunk in chunks(ids):
            rows = connection.execute(
                select(TABLE.c.feedback_id, TABLE.c.event_time).where(
                    TABLE.c.org == org, TABLE.c.theme == SET_THEME, TABLE.c.feedback_id.in_(chunk)
                )
            )
            out.update({(org, feedback_id): _aware(at) for feedback_id, at in rows})
    return out


def apply_themes(connection: Connection, events: Sequence[Parsed[FeedbackThemed]]) -> None:
    """Store each submission's latest theme set, unless a newer one is stored already."""
    newest = latest(events, key=lambda e: (e.org, e.data.feedback_id))
    stored = _set_times(connection, [(e.org, e.data.feedback_id) for e in newest])
    applied = [e for e in newest if e.time >= stored.get((e.org, e.data.feedback_id), e.time)]
    rows: list[dict[str, Any]] = [
        {"org": e.org, "feedback_id": e.data.feedback_id, "theme": theme, "event_time": e.time}
        for e in applied
        for theme in sorted(set(e.data.themes) | {SET_THEME})
    ]
    upsert(connection, TABLE, rows, versioned=True)
    dropped = [
        {"b_org": e.org, "b_feedback": e.data.feedback_id, "b_time": e.time} for e in applied
    ]
    if dropped:
        connection.execute(_DROPPED, dropped)

"""``feedback.rupture`` -> ``fact_feedback_ruptures``: one row per submission and rule fired.

Intake publishes a rule's rupture once per submission, and never changes it, so a row is
keyed by (org, feedback id, rule) and written with its event's time: the same event applied
twice, or a prefix of the feed replayed, writes the same row again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from services.metrics.models import FeedbackRuptureFact
from services.metrics.sync.apply.common import Parsed, latest, upsert
from shared.events import FeedbackRupture

TABLE = FeedbackRuptureFact.__table__  # type: ignore[attr-defined]


def apply_ruptures(connection: Connection, events: Sequence[Parsed[FeedbackRupture]]) -> None:
    """Store each (submission, rule) that fired."""
    newest = latest(events, key=lambda e: (e.org, e.data.feedback_id, e.data.rule))
    rows: list[dict[str, Any]] = [
        {
            "org": e.org,
            "feedback_id": e.data.feedback_id,
            "rule": e.data.rule,
            "item_id": e.data.item_id,
            "score": e.data.score,
            "event_time": e.time,
        }
        for e in newest
    ]
    upsert(connection, TABLE, rows, versioned=True)

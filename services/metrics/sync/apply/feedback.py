"""``feedback.received`` -> ``fact_feedback``: the numeric summary of one submission."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from services.metrics.models import FeedbackFact
from services.metrics.sync.apply.common import Parsed, latest, upsert, utc
from services.metrics.sync.apply.periods import local_keys
from shared.events import FeedbackReceived

TABLE = FeedbackFact.__table__  # type: ignore[attr-defined]


def row_of(event: Parsed[FeedbackReceived]) -> dict[str, Any]:
    d = event.data
    return {
        "org": event.org,
        "feedback_id": d.feedback_id,
        "form_id": d.form_id,
        "patient_id": d.patient_id,
        "encounter_id": d.encounter_id,
        "clinician_id": d.clinician_id,
        "team_id": d.team_id,
        "site_id": d.site_id,
        "modality": d.modality,
        "received_at": utc(d.received_at),
        "mean": d.mean,
        "items_scored": len(d.scores),
        "top_box_items": sum(1 for hit in d.top_box.values() if hit),
        "event_time": event.time,
        **local_keys(d.received_at),
    }


def apply_feedback(connection: Connection, events: Sequence[Parsed[FeedbackReceived]]) -> None:
    """Store each submission's mean and top-box count (the answers themselves stay behind)."""
    newest = latest(events, key=lambda e: (e.org, e.data.feedback_id))
    upsert(connection, TABLE, [row_of(e) for e in newest], versioned=True)

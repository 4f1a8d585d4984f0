"""``feedback.received`` -> ``fact_feedback`` (the numeric summary of one submission) and
``fact_feedback_items`` (its scored answers, item by item)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete
from sqlalchemy.engine import Connection

from services.metrics.models import FeedbackFact, FeedbackItemFact
from services.metrics.sync.apply.common import Parsed, latest, upsert, utc
from services.metrics.sync.apply.periods import local_keys
from shared.events import FeedbackReceived

TABLE = FeedbackFact.__table__  # type: ignore[attr-defined]
ITEMS = FeedbackItemFact.__table__  # type: ignore[attr-defined]

#: Items a newer version of a submission no longer answers: every item the newer event
#: carried was just written with its time, so whatever is older is what it dropped.
_STALE_ITEMS = delete(ITEMS).where(
    ITEMS.c.org == bindparam("b_org"),
    ITEMS.c.feedback_id == bindparam("b_feedback"),
    ITEMS.c.event_time < bindparam("b_time"),
)


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


def item_rows(event: Parsed[FeedbackReceived]) -> list[dict[str, Any]]:
    """One row per item the submission scored (or judged for its top box)."""
    d = event.data
    shared = {
        "org": event.org,
        "feedback_id": d.feedback_id,
        "form_id": d.form_id,
        "patient_id": d.patient_id,
        "clinician_id": d.clinician_id,
        "team_id": d.team_id,
        "site_id": d.site_id,
        "modality": d.modality,
        "received_at": utc(d.received_at),
        "event_time": event.time,
        **local_keys(d.received_at),
    }
    return [
        {**shared, "item_id": item, "score": d.scores.get(item), "top_box": d.top_box.get(item)}
        for item in sorted(d.scores.keys() | d.top_box.keys())
    ]


def apply_feedback(connection: Connection, events: Sequence[Parsed[FeedbackReceived]]) -> None:
    """Store each submission's mean and top-box count, and its answers item by item (the
    free-text comment never reaches the feed)."""
    newest = latest(events, key=lambda e: (e.org, e.data.feedback_id))
    upsert(connection, TABLE, [row_of(e) for e in newest], versioned=True)
    upsert(connection, ITEMS, [r for e in newest for r in item_rows(e)], versioned=True)
    stale = [{"b_org": e.org, "b_feedback": e.data.feedback_id, "b_time": e.time} for e in newest]
    if stale:
        connection.execute(_STALE_ITEMS, stale)

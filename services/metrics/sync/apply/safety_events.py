"""``safety_event.upserted`` -> ``fact_safety_events``: each event's latest reported state.

An upsert: a later event for the same id replaces the earlier (versioned by the feed's commit
time, so replaying an older one changes nothing). An event entered in error is stored with that
status, so that a later correction can still replace it; the metrics leave it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from services.metrics.models import SafetyEventFact
from services.metrics.sync.apply.alerts import hours_between
from services.metrics.sync.apply.common import Parsed, latest, upsert, utc
from services.metrics.sync.apply.periods import local_keys
from shared.events import SafetyEventUpserted

TABLE = SafetyEventFact.__table__  # type: ignore[attr-defined]


def row_of(event: Parsed[SafetyEventUpserted]) -> dict[str, Any]:
    d = event.data
    reported = utc(d.reported_at)
    reviewed = utc(d.reviewed_at)
    return {
        "org": event.org,
        "safety_event_id": d.safety_event_id,
        "kind": d.kind,
        "harm_level": d.harm_level,
        "occurred_at": utc(d.occurred_at),
        "reported_at": reported,
        "team_id": d.team_id,
        "site_id": d.site_id,
        "patient_id": d.patient_id,
        "encounter_id": d.encounter_id,
        "anonymous_report": d.anonymous_report,
        "review_status": d.review_status,
        "reviewed_at": reviewed,
        "actioned_at": utc(d.actioned_at),
        "hours_to_review": hours_between(reported, reviewed),
        "event_time": event.time,
        **local_keys(d.occurred_at),
    }


def apply_safety_events(
    connection: Connection, events: Sequence[Parsed[SafetyEventUpserted]]
) -> None:
    """Store each safety event's latest state."""
    rows = [row_of(e) for e in latest(events, key=lambda e: (e.org, e.data.safety_event_id))]
    upsert(connection, TABLE, rows, versioned=True)

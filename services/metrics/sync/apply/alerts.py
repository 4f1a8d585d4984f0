"""``alert.raised`` and ``alert.acknowledged`` -> ``fact_alerts``, merged field by field.

The two events carry different halves of one alert, so the row is a merge, not a replace: a
raise fills in who and where, an acknowledgement the time; neither clears what the other set.
The merge is the same in any order and under repetition, so no event time is needed. An
acknowledgement keeps the earliest time (measures acknowledges an alert once).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from services.metrics.models import AlertFact
from services.metrics.sync.apply.common import Parsed, by_org, chunks, upsert, utc
from services.metrics.sync.apply.periods import local_keys
from shared.events import AlertAcknowledged, AlertRaised
from shared.models import as_utc

TABLE = AlertFact.__table__  # type: ignore[attr-defined]
_UNITS = ("patient_id", "instrument_id", "clinician_id", "team_id", "site_id")


def hours_between(start: datetime, end: datetime | None) -> float | None:
    return None if end is None else (end - start).total_seconds() / 3600


def _stored(
    connection: Connection, keys: set[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    c = TABLE.c
    for org, ids in by_org(keys).items():
        for chunk in chunks(ids):
            query = select(TABLE).where(c.org == org, c.alert_id.in_(chunk))
            for row in connection.execute(query).mappings():
                found[(org, row["alert_id"])] = dict(row)
    return found


def _merge(
    row: dict[str, Any] | None, event: Parsed[AlertRaised | AlertAcknowledged]
) -> dict[str, Any]:
    d = event.data
    if row is None:
        row = {"org": event.org, "alert_id": d.alert_id, "acknowledged_at": None}
        row.update(dict.fromkeys(_UNITS))
    row["rule"] = d.rule
    row["raised_at"] = utc(d.raised_at)
    if isinstance(d, AlertRaised):
        row.update({k: getattr(d, k) or None for k in _UNITS})
        row.update(local_keys(d.raised_at))
    else:
        acknowledged = utc(d.acknowledged_at)
        current: datetime | None = row["acknowledged_at"]
        row["acknowledged_at"] = (
            acknowledged if current is None else min(as_utc(current), acknowledged)
        )
        if "day" not in row:
            row.update(local_keys(d.raised_at))
    return row


def apply_alerts(
    connection: Connection, events: Sequence[Parsed[AlertRaised | AlertAcknowledged]]
) -> None:
    """Merge each alert's events into its stored row and write the rows once."""
    rows = _stored(connection, {(e.org, e.data.alert_id) for e in events})
    for event in events:
        key = (event.org, event.data.alert_id)
        rows[key] = _merge(rows.get(key), event)
    for row in rows.values():
        row["raised_at"] = as_utc(row["raised_at"])
        if row["acknowledged_at"] is not None:
            row["acknowledged_at"] = as_utc(row["acknowledged_at"])
        row["hours_to_acknowledge"] = hours_between(row["raised_at"], row["acknowledged_at"])
    upsert(connection, TABLE, list(rows.values()), versioned=False)

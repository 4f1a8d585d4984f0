"""Every ``alert.*`` event -> ``fact_alerts``, merged field by field.

The events carry different parts of one alert, so the row is a merge, not a replace: a raise
fills in who and where, an acknowledgement its time, each action, escalation and closure what it
adds; none clears what another set. Times keep the earliest value and flags only turn on, so
the merge is the same in any order and under repetition (a rebuild replays every event), and no
event time is needed. Derived columns are recomputed from the merged row each time.

The 24-hour windows and the safety-plan actions are the safety loop's rules; their sources are
in the catalog definitions that count them (``services.metrics.catalog.safety``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from services.metrics.models import AlertFact
from services.metrics.sync.apply.common import Parsed, by_org, chunks, upsert, utc
from services.metrics.sync.apply.followup import followed_up, kept_starts
from services.metrics.sync.apply.periods import local_keys
from shared.events import (
    AlertAcknowledged,
    AlertActioned,
    AlertClosed,
    AlertEscalated,
    AlertRaised,
)
from shared.models import as_utc

TABLE = AlertFact.__table__  # type: ignore[attr-defined]
_UNITS = ("patient_id", "instrument_id", "clinician_id", "team_id", "site_id")
_TIMES = ("acknowledged_at", "first_action_at", "closed_at")
_FLAGS = ("safety_plan_recorded", "escalated", "followed_up_within_7_days")
#: Stanley & Brown's Safety Planning Intervention, made or revised (``shared.events.AlertAction``).
SAFETY_PLAN_ACTIONS = frozenset({"safety-plan-made", "safety-plan-updated"})
WITHIN = timedelta(hours=24)

AlertEvent = AlertRaised | AlertAcknowledged | AlertActioned | AlertEscalated | AlertClosed


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


def _earliest(row: dict[str, Any], name: str, value: datetime) -> None:
    current: datetime | None = row[name]
    row[name] = value if current is None else min(as_utc(current), value)


def _merge(row: dict[str, Any] | None, event: Parsed[AlertEvent]) -> dict[str, Any]:
    d = event.data
    if row is None:
        row = {"org": event.org, "alert_id": d.alert_id, "rule_id": None, "severity": None}
        row.update(dict.fromkeys(_UNITS + _TIMES))
        row.update(dict.fromkeys(_FLAGS, False))
    row["rule"] = d.rule
    row["raised_at"] = utc(d.raised_at)
    if isinstance(d, AlertRaised):
        row.update({k: getattr(d, k) or None for k in _UNITS})
        row.update({"rule_id": d.rule_id, "severity": d.severity})
        row.update(local_keys(d.raised_at))
    elif "day" not in row:
        row.update(local_keys(d.raised_at))
    if isinstance(d, AlertAcknowledged):
        _earliest(row, "acknowledged_at", utc(d.acknowledged_at))
    elif isinstance(d, AlertActioned):
        # When it was done, as the clinician reports it (not when measures recorded it).
        _earliest(row, "first_action_at", utc(d.performed_at))
        row["safety_plan_recorded"] = row["safety_plan_recorded"] or (
            d.action in SAFETY_PLAN_ACTIONS
        )
        if d.closes:
            _earliest(row, "closed_at", utc(d.performed_at))
    elif isinstance(d, AlertEscalated):
        row["escalated"] = True
    elif isinstance(d, AlertClosed):
        # The closing action arrives as an ``alert.actioned`` of its own (``closes``).
        _earliest(row, "closed_at", utc(d.closed_at))
    return row


def _derive(row: dict[str, Any]) -> None:
    """The columns computed from the merged row (never merged themselves)."""
    raised = row["raised_at"] = as_utc(row["raised_at"])
    for name in _TIMES:
        if row[name] is not None:
            row[name] = as_utc(row[name])
    row["hours_to_acknowledge"] = hours_between(raised, row["acknowledged_at"])
    row["hours_to_first_action"] = hours_between(raised, row["first_action_at"])
    row["acknowledged_within_24h"] = (
        row["acknowledged_at"] is not None and row["acknowledged_at"] - raised <= WITHIN
    )
    row["actioned_within_24h"] = (
        row["first_action_at"] is not None and row["first_action_at"] - raised <= WITHIN
    )


def apply_alerts(connection: Connection, events: Sequence[Parsed[AlertEvent]]) -> None:
    """Merge each alert's events into its stored row, recompute what derives from it (the
    follow-up flag from the stored kept sessions), and write the rows once."""
    rows = _stored(connection, {(e.org, e.data.alert_id) for e in events})
    for event in events:
        key = (event.org, event.data.alert_id)
        rows[key] = _merge(rows.get(key), event)
    for row in rows.values():
        _derive(row)
    patients = {(r["org"], r["patient_id"]) for r in rows.values() if r["patient_id"]}
    starts = kept_starts(connection, patients)
    for row in rows.values():
        row["followed_up_within_7_days"] = followed_up(
            row["raised_at"], starts.get((row["org"], row["patient_id"]), [])
        )
    upsert(connection, TABLE, list(rows.values()), versioned=False)

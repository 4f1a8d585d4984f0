"""``referral.upserted`` -> ``fact_referrals``: access days, keyed by the day received."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from services.metrics.models import ReferralFact
from services.metrics.sync.apply.common import Parsed, latest, upsert, utc
from services.metrics.sync.apply.periods import period_keys
from shared.events import ReferralUpserted

TABLE = ReferralFact.__table__  # type: ignore[attr-defined]


def row_of(event: Parsed[ReferralUpserted]) -> dict[str, Any]:
    d = event.data
    kept = d.first_kept_at
    # Calendar days between the received date and the kept session's LOCAL date (the offset
    # intake sent), as intake counts them: an evening session is not moved to the next day.
    access = None if kept is None else float((kept.date() - d.received_on).days)
    return {
        "org": event.org,
        "referral_id": d.referral_id,
        "patient_id": d.patient_id,
        "site_id": d.site_id,
        "service_line": d.service_line,
        "episode_id": d.episode_id,
        "priority": d.priority,
        "received_on": d.received_on,
        "first_kept_at": utc(kept),
        "access_days": access,
        "redacted": d.redacted,
        "event_time": event.time,
        **period_keys(d.received_on),
    }


def apply_referrals(connection: Connection, events: Sequence[Parsed[ReferralUpserted]]) -> None:
    """Store each referral's latest state; a reopened referral loses its access days."""
    newest = latest(events, key=lambda e: (e.org, e.data.referral_id))
    upsert(connection, TABLE, [row_of(e) for e in newest], versioned=True)

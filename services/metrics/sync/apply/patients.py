"""``patient.upserted`` -> ``fact_patients``: the equity categories, race grouped for reporting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from services.metrics.models import PatientFact
from services.metrics.sync.apply.common import Parsed, latest, upsert
from shared.events import PatientUpserted

TABLE = PatientFact.__table__  # type: ignore[attr-defined]
MULTIPLE = "multiple"


def race_group(codes: Sequence[str]) -> str | None:
    """The one OMB race code, ``multiple`` when more than one was reported, None for none.

    Repeated codes count once (a vendor that sends ``["2106-3", "2106-3"]`` reported one race).
    """
    distinct = set(codes)
    if not distinct:
        return None
    return next(iter(distinct)) if len(distinct) == 1 else MULTIPLE


def row_of(event: Parsed[PatientUpserted]) -> dict[str, Any]:
    d = event.data
    return {
        "org": event.org,
        "patient_id": d.patient_id,
        "age_band": d.age_band,
        "sex": d.sex,
        "gender": d.gender_identity,
        "race": race_group(d.race),
        "ethnicity": d.ethnicity,
        "language": d.language,
        "payer": d.payer,
        "rurality": d.rurality,
        "event_time": event.time,
    }


def apply_patients(connection: Connection, events: Sequence[Parsed[PatientUpserted]]) -> None:
    """Store each patient's latest categories (nothing else of the event: no birth year)."""
    newest = latest(events, key=lambda e: (e.org, e.data.patient_id))
    upsert(connection, TABLE, [row_of(e) for e in newest], versioned=True)

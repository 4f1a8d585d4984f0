"""``encounter.upserted`` -> ``fact_encounters``: status, telehealth problems and the MBC link.

Each row is the encounter's latest state (``booked`` then ``fulfilled`` leaves one fulfilled
row). Period keys are those of the scheduled start's local date, as intake sent it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from services.metrics.models import EncounterFact
from services.metrics.sync.apply.assessed import KEPT, assessed_before, assessment_times
from services.metrics.sync.apply.common import Parsed, latest, upsert, utc
from services.metrics.sync.apply.followup import refresh_after_encounters
from services.metrics.sync.apply.periods import local_keys
from shared.events import EncounterUpserted, TelehealthProblems

TABLE = EncounterFact.__table__  # type: ignore[attr-defined]
TELEHEALTH = frozenset({"video", "phone"})


def technical_problem(modality: str, problems: TelehealthProblems | None) -> bool:
    """A telehealth session with any reported problem: a kind, minutes lost, a drop, a switch."""
    if modality not in TELEHEALTH or problems is None:
        return False
    return bool(
        problems.kinds
        or problems.minutes_lost > 0
        or problems.dropped_and_rejoined
        or problems.switched_to_phone
    )


def row_of(event: Parsed[EncounterUpserted]) -> dict[str, Any]:
    d = event.data
    problems = d.telehealth
    return {
        "org": event.org,
        "encounter_id": d.encounter_id,
        "patient_id": d.patient_id,
        "clinician_id": d.clinician_id,
        "team_id": d.team_id,
        "site_id": d.site_id,
        "service_line": d.service_line,
        "episode_id": d.episode_id,
        "modality": d.modality,
        "status": d.status,
        "start_utc": utc(d.scheduled_start),
        "late_cancellation": d.late_cancellation,
        "technical_problem": technical_problem(d.modality, problems),
        "minutes_lost": 0 if problems is None else problems.minutes_lost,
        "dropped_and_rejoined": problems is not None and problems.dropped_and_rejoined,
        "switched_to_phone": problems is not None and problems.switched_to_phone,
        "assessed_within_7_days": False,
        "redacted": d.redacted,
        "event_time": event.time,
        **local_keys(d.scheduled_start),
    }


def apply_encounters(connection: Connection, events: Sequence[Parsed[EncounterUpserted]]) -> None:
    """Store each encounter's latest state, its MBC flag computed from stored assessments.

    A redacted (Part 2) encounter arrives without a patient: it is stored without one and never
    linked to assessments. The patient's alerts then recompute their 7-day follow-up.
    """
    rows = [row_of(e) for e in latest(events, key=lambda e: (e.org, e.data.encounter_id))]
    kept = [r for r in rows if r["status"] == KEPT and r["patient_id"] is not None]
    if kept:
        times = assessment_times(connection, {(r["org"], r["patient_id"]) for r in kept})
        for r in kept:
            r["assessed_within_7_days"] = assessed_before(
                r["start_utc"], times.get((r["org"], r["patient_id"]), [])
            )
    upsert(connection, TABLE, rows, versioned=True)
    # Any status: a session that stops being kept no longer follows up its patient's alerts.
    refresh_after_encounters(
        connection, {(r["org"], r["patient_id"]) for r in rows if r["patient_id"]}
    )

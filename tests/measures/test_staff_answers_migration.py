"""The migration that makes stored staff answers anonymous: ids removed, times coarsened, in the
assessments, their feed events and stored idempotent replies; patients' rows untouched."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from harness.databases import throwaway_database
from services.measures import models
from services.measures.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import upgrade

BEFORE = "f8de26087ae2"
EXACT = datetime(2026, 1, 8, 15, 47, 12, tzinfo=UTC)
COMMITTED = datetime(2026, 3, 31, 9, 5, tzinfo=UTC)  # a Tuesday


def _assessment(assessment_id: str, instrument_id: str, patient_id: str | None) -> dict[str, Any]:
    return {
        "org": "org-m",
        "assessment_id": assessment_id,
        "patient_id": patient_id,
        "instrument_id": instrument_id,
        "instrument_version": 1,
        "scoring_version": f"{instrument_id}.v1",
        "completed_at": EXACT,
        "completed_by": "clinician",
        "clinician_id": "c-12",
        "team_id": "t-1",
        "answers": {},
        "subscales": {},
        "classifications": {},
        "flags": [],
        "critical": [],
        "fingerprint": "f" * 64,
        "created_at": COMMITTED,
    }


def _event(n: int, instrument_id: str, patient_id: str | None) -> dict[str, Any]:
    data = {
        "instrument_id": instrument_id,
        "patient_id": patient_id,
        "clinician_id": "c-12",
        "team_id": "t-1",
        "completed_at": "2026-01-08T15:47:12Z",
    }
    return {
        "txid": 0,
        "event_id": f"00000000-0000-4000-8000-00000000000{n}",
        "org": "org-m",
        "type": "assessment.scored",
        "subject": f"assessments/a-{n}",
        "time": COMMITTED,
        "data": json.dumps(data, separators=(",", ":")),
    }


def _reply(key: str, instrument_id: str) -> dict[str, Any]:
    body = json.dumps(
        {"instrument_id": instrument_id, "clinician_id": "c-12"}, separators=(",", ":")
    )
    return {
        "org": "org-m",
        "caller": "sub",
        "key": key,
        "fingerprint": "f" * 64,
        "state": "done",
        "created_at": COMMITTED,
        "status_code": 201,
        "headers": "[]",
        "body": body.encode(),
    }


def test_stored_staff_answers_lose_their_ids_and_exact_times(tmp_path: Path) -> None:
    with throwaway_database("staff_migration", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as connection:
                connection.execute(
                    insert(models.AssessmentRow.__table__),  # type: ignore[attr-defined]
                    [_assessment("a-1", "burnout1", "p-via-fhir"), _assessment("a-2", "phq9", "p")],
                )
                connection.execute(
                    insert(models.feed_events),
                    [_event(1, "burnout1", None), _event(2, "phq9", "p")],
                )
                connection.execute(
                    insert(models.idempotency_keys),
                    [_reply("k-1", "burnout1"), _reply("k-2", "phq9")],
                )
            upgrade(MIGRATIONS, url)
            with engine.connect() as connection:
                rows = {
                    r.assessment_id: r
                    for r in connection.execute(select(models.AssessmentRow.__table__))  # type: ignore[attr-defined]
                }
                events = {r.subject: r for r in connection.execute(select(models.feed_events))}
                keys = connection.execute(select(models.idempotency_keys.c.key)).scalars().all()
        finally:
            engine.dispose()
    staff, patient = rows["a-1"], rows["a-2"]
    assert (staff.patient_id, staff.clinician_id, staff.team_id) == (None, None, "t-1")
    assert staff.completed_at.replace(tzinfo=UTC) == datetime(2026, 1, 5, tzinfo=UTC)
    assert staff.created_at.replace(tzinfo=UTC) == datetime(2026, 3, 30, tzinfo=UTC)
    assert (patient.patient_id, patient.clinician_id) == ("p", "c-12")
    assert patient.completed_at.replace(tzinfo=UTC) == EXACT
    staff_event = json.loads(events["assessments/a-1"].data)
    assert staff_event["clinician_id"] is None and staff_event["team_id"] == "t-1"
    assert staff_event["completed_at"].startswith("2026-01-05T00:00:00")
    assert events["assessments/a-1"].time.replace(tzinfo=UTC) == datetime(2026, 3, 30, tzinfo=UTC)
    assert json.loads(events["assessments/a-2"].data)["clinician_id"] == "c-12"
    assert events["assessments/a-2"].time.replace(tzinfo=UTC) == COMMITTED
    assert keys == ["k-2"]

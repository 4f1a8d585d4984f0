"""Well-being facts applied before staff answers became anonymous lose their identities and
exact times; patients' facts are untouched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import upgrade

BEFORE = "4d7e2b9c1a60"
INSERT = text(
    "INSERT INTO fact_assessments (org, assessment_id, instrument_id, patient_id, clinician_id,"
    " team_id, completed_at, event_time, day, week, month, quarter)"
    " VALUES ('org-a', :a, :i, :p, 'clin-7', 'team-1', :t, :t, :d, :w, :m, :q)"
)


def _row(assessment_id: str, instrument: str, patient: str | None) -> dict[str, object]:
    # Thursday 2026-10-01 14:25: its ISO week starts on Monday 2026-09-28, in September, so
    # the coarse time is the 1st of October.
    return {
        "a": assessment_id, "i": instrument, "p": patient, "t": "2026-10-01 14:25:00+00:00",
        "d": date(2026, 10, 1), "w": date(2026, 9, 28), "m": date(2026, 10, 1),
        "q": date(2026, 10, 1),
    }  # fmt: skip


def test_staff_facts_lose_their_identity_and_exact_time(tmp_path: Path) -> None:
    with throwaway_database("staff_facts", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as c:
                c.execute(INSERT, _row("b-1", "burnout1", "pt-from-fhir"))
                c.execute(INSERT, _row("p-1", "phq9", "pt-1"))
            upgrade(MIGRATIONS, url)
            with engine.connect() as c:
                rows = {
                    r.assessment_id: r
                    for r in c.execute(
                        text(
                            "SELECT assessment_id, patient_id, clinician_id, completed_at,"
                            " event_time, day, week, month FROM fact_assessments"
                        )
                    )
                }
        finally:
            engine.dispose()
    staff, patient = rows["b-1"], rows["p-1"]
    assert (staff.patient_id, staff.clinician_id) == (None, None)
    assert str(staff.completed_at).startswith("2026-10-01 00:00:00")
    assert str(staff.event_time).startswith("2026-10-01 00:00:00")
    assert str(staff.day) == "2026-10-01" and str(staff.week) == "2026-09-28"
    assert str(staff.month) == "2026-10-01"
    assert (patient.patient_id, patient.clinician_id) == ("pt-1", "clin-7")
    assert str(patient.completed_at).startswith("2026-10-01 14:25:00")

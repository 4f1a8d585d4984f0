"""The workforce revision adds the staff, establishment and staff-survey facts and the calendar
of month ends beside a database already holding facts, which it leaves alone; downgrading drops
the five tables and keeps the rest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import inspect, text

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE = "7c3f0a9e5d21"
NEW_TABLES = {
    "fact_staff",
    "fact_establishments",
    "fact_survey_responses",
    "fact_survey_invitations",
    "calendar_months",
}
ASSESSMENT = text(
    "INSERT INTO fact_assessments (org, assessment_id, instrument_id, patient_id, clinician_id,"
    " team_id, completed_at, event_time, day, week, month, quarter)"
    " VALUES ('org-a', 'a-1', 'phq9', 'pt-1', 'clin-7', 'team-1', :t, :t, :d, :w, :m, :q)"
)
STAFF = text(
    "INSERT INTO fact_staff (org, staff_id, team_id, role, fte, started_on, entered_in_error)"
    " VALUES ('org-a', 's-1', 'team-1', 'nurse', 0.8, :d, false)"
)


def _month(c: object, month: date) -> tuple[str, str, str]:
    row = c.execute(  # type: ignore[attr-defined]
        text("SELECT last_day, week, quarter FROM calendar_months WHERE month = :m"), {"m": month}
    ).one()
    return str(row.last_day), str(row.week), str(row.quarter)


def test_workforce_tables_join_existing_facts_and_the_downgrade_drops_them(
    tmp_path: Path,
) -> None:
    day = {"t": "2026-10-01 14:25:00+00:00", "d": date(2026, 10, 1), "w": date(2026, 9, 28)}
    with throwaway_database("workforce_facts", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as c:
                c.execute(ASSESSMENT, {**day, "m": date(2026, 10, 1), "q": date(2026, 10, 1)})
            upgrade(MIGRATIONS, url)
            with engine.begin() as c:
                c.execute(STAFF, {"d": date(2026, 1, 5)})
                months = c.execute(text("SELECT count(*) FROM calendar_months")).scalar_one()
                leap = _month(c, date(2028, 2, 1))
                december = _month(c, date(2026, 12, 1))
                kept = c.execute(
                    text("SELECT patient_id, clinician_id, completed_at FROM fact_assessments")
                ).one()
            upgraded = set(inspect(engine).get_table_names())
            downgrade(MIGRATIONS, url, BEFORE)
            inspect(engine).clear_cache()
            downgraded = set(inspect(engine).get_table_names())
            with engine.connect() as c:
                still = c.execute(text("SELECT count(*) FROM fact_assessments")).scalar_one()
        finally:
            engine.dispose()
    assert upgraded >= NEW_TABLES
    # 1990 to 2099; a leap February ends on the 29th (a Tuesday: ISO week from Monday 28th).
    assert months == 110 * 12
    assert leap == ("2028-02-29", "2028-02-28", "2028-01-01")
    assert december == ("2026-12-31", "2026-12-28", "2026-10-01")
    assert (kept.patient_id, kept.clinician_id) == ("pt-1", "clin-7")
    assert str(kept.completed_at).startswith("2026-10-01 14:25:00")
    assert not NEW_TABLES & downgraded and "fact_assessments" in downgraded and still == 1

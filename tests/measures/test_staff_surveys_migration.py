"""The migration that adds staff surveys: four new tables, empty, on a database holding
assessments already (left as they were), shaped as the models say, with no time column where
answers and spent tokens are kept; it goes down and up again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import DateTime, Engine, Time, insert, inspect, select

from harness.databases import throwaway_database
from services.measures import models
from services.measures.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE = "4c8e1b7d2f90"
ASSESSMENTS = models.AssessmentRow.__table__  # type: ignore[attr-defined]
SURVEY_TABLES = {
    "staff_surveys": models.StaffSurveyRow,
    "staff_survey_teams": models.StaffSurveyTeamRow,
    "staff_survey_tokens": models.StaffSurveyTokenRow,
    "staff_survey_responses": models.StaffSurveyResponseRow,
}
ASSESSMENT = {
    "org": "org-m",
    "assessment_id": "a-1",
    "patient_id": None,
    "instrument_id": "burnout1",
    "instrument_version": 1,
    "scoring_version": "burnout1.v1",
    "completed_at": datetime(2026, 11, 30, tzinfo=UTC),
    "completed_by": "staff",
    "team_id": "t-1",
    "answers": {"burnout1_1": 3},
    "subscales": {},
    "classifications": {},
    "flags": [],
    "critical": [],
    "fingerprint": "f" * 64,
    "fhir_id": "fhir-a-1",
    "created_at": datetime(2026, 11, 30, tzinfo=UTC),
}


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_staff_survey_tables_arrive_empty_beside_existing_data_and_leave_again(
    tmp_path: Path,
) -> None:
    with throwaway_database("surveys_migration", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            assert not set(SURVEY_TABLES) & _tables(engine)
            with engine.begin() as connection:
                connection.execute(insert(ASSESSMENTS), [ASSESSMENT])
            upgrade(MIGRATIONS, url)
            schema = inspect(engine)
            for name, model in SURVEY_TABLES.items():
                columns = {c["name"]: c for c in schema.get_columns(name)}
                declared = model.__table__.columns  # type: ignore[attr-defined]
                assert set(columns) == {c.name for c in declared}, name
                for column in declared:
                    assert columns[column.name]["nullable"] == column.nullable, column
            for name in ("staff_survey_tokens", "staff_survey_responses"):
                timed = [
                    c["name"]
                    for c in schema.get_columns(name)
                    if isinstance(c["type"], DateTime | Time)
                ]
                assert timed == [], f"{name} could keep a moment: {timed}"
            with engine.connect() as connection:
                for name, model in SURVEY_TABLES.items():
                    table = model.__table__  # type: ignore[attr-defined]
                    assert connection.execute(select(table)).all() == [], name
                [kept] = connection.execute(select(ASSESSMENTS)).mappings().all()
            downgrade(MIGRATIONS, url, BEFORE)
            assert not set(SURVEY_TABLES) & _tables(engine)
            upgrade(MIGRATIONS, url)
            assert set(SURVEY_TABLES) <= _tables(engine)
        finally:
            engine.dispose()
    assert kept["answers"] == ASSESSMENT["answers"] and kept["team_id"] == "t-1"
    assert kept["completed_at"].replace(tzinfo=UTC) == ASSESSMENT["completed_at"]

"""The migration that adds ``assessments.fhir_id`` fills it for stored assessments with the
formula new ones get, so Observations searched before the upgrade can be read by id after it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, inspect, select

from harness.databases import throwaway_database
from services.measures import models
from services.measures.app import MIGRATIONS
from services.measures.fhir.observation_ids import observation_stem
from shared.db import make_engine
from shared.migrations import upgrade

BEFORE = "9e3b6f1a2c74"
TABLE = models.AssessmentRow.__table__  # type: ignore[attr-defined]


def _assessment(org: str, assessment_id: str) -> dict[str, Any]:
    at = datetime(2026, 1, 8, 15, 47, tzinfo=UTC)
    return {
        "org": org,
        "assessment_id": assessment_id,
        "patient_id": "p-1",
        "instrument_id": "phq9",
        "instrument_version": 1,
        "scoring_version": "phq9.v1",
        "completed_at": at,
        "answers": {},
        "subscales": {},
        "classifications": {},
        "flags": [],
        "critical": [],
        "fingerprint": "f" * 64,
        "created_at": at,
    }


def test_stored_assessments_get_the_stem_new_ones_are_stored_with(tmp_path: Path) -> None:
    keys = [("org-a", "a-1"), ("org-a", "a-2"), ("org-b", "a-1")]
    with throwaway_database("fhir_id_migration", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as connection:
                connection.execute(insert(TABLE), [_assessment(o, a) for o, a in keys])
            upgrade(MIGRATIONS, url)
            with engine.connect() as connection:
                rows = connection.execute(
                    select(TABLE.c.org, TABLE.c.assessment_id, TABLE.c.fhir_id)
                )
                stems = {(r.org, r.assessment_id): r.fhir_id for r in rows}
            indexes = {i["name"]: i for i in inspect(engine).get_indexes("assessments")}
        finally:
            engine.dispose()
    assert stems == {(o, a): observation_stem(o, a) for o, a in keys}
    assert len(set(stems.values())) == 3  # the same assessment id in two orgs: two stems
    assert indexes["ix_assessments_fhir_id"]["unique"]

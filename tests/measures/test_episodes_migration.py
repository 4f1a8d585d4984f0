"""The migration that adds ``assessments.episode_id`` splits each stored series by the gap rule
new assessments get, with the same ids, so a returning patient's old data falls into courses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from harness.databases import throwaway_database
from services.measures import models
from services.measures.app import MIGRATIONS
from services.measures.scoring.episodes import gap_episode_id, gap_episodes
from shared.db import make_engine
from shared.migrations import upgrade

BEFORE = "2f6d9c4e8a17"
TABLE = models.AssessmentRow.__table__  # type: ignore[attr-defined]
START = datetime(2025, 1, 6, 10, tzinfo=UTC)


def _assessment(
    org: str, assessment_id: str, days: int, patient_id: str | None = "p-1", **more: Any
) -> dict[str, Any]:
    at = START + timedelta(days=days)
    return {
        "org": org,
        "assessment_id": assessment_id,
        "patient_id": patient_id,
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
        "fhir_id": f"{org}{assessment_id}".ljust(32, "0")[:32],
        **more,
    }


ROWS = [
    # org-a, p-1 on the PHQ-9: two courses 300 days apart (inserted out of order).
    _assessment("org-a", "a-3", 60),
    _assessment("org-a", "a-1", 0),
    _assessment("org-a", "a-2", 30),
    _assessment("org-a", "b-1", 360),
    _assessment("org-a", "b-2", 400),
    # The same patient id on the GAD-7 and in another org are other series.
    _assessment("org-a", "g-1", 35, instrument_id="gad7", scoring_version="gad7.v1"),
    _assessment("org-b", "a-1", 0),
    _assessment("org-b", "a-9", 179),
    # An anonymous staff answer has no episode.
    _assessment("org-a", "s-1", 10, patient_id=None, instrument_id="burnout1",
                scoring_version="burnout1.v1"),
]  # fmt: skip


def test_stored_series_are_split_into_the_episodes_new_ones_get(tmp_path: Path) -> None:
    with throwaway_database("episodes_migration", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as connection:
                connection.execute(insert(TABLE), ROWS)
            upgrade(MIGRATIONS, url)
            with engine.connect() as connection:
                rows = connection.execute(
                    select(TABLE.c.org, TABLE.c.assessment_id, TABLE.c.episode_id)
                )
                episodes = {(r.org, r.assessment_id): r.episode_id for r in rows}
        finally:
            engine.dispose()
    first, second = gap_episode_id("p-1", "a-1"), gap_episode_id("p-1", "b-1")
    assert episodes == {
        ("org-a", "a-1"): first,
        ("org-a", "a-2"): first,
        ("org-a", "a-3"): first,
        ("org-a", "b-1"): second,
        ("org-a", "b-2"): second,
        ("org-a", "g-1"): gap_episode_id("p-1", "g-1"),
        ("org-b", "a-1"): first,
        ("org-b", "a-9"): first,
        ("org-a", "s-1"): None,
    }
    # The runtime rule gives the very same ids.
    phq9 = [
        (r["completed_at"], r["assessment_id"])
        for r in ROWS
        if r["org"] == "org-a" and r["instrument_id"] == "phq9"
    ]
    assert gap_episodes("p-1", phq9) == {
        a: e for (o, a), e in episodes.items() if o == "org-a" and a[0] in "ab"
    }

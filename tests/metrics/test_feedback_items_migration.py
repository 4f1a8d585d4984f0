"""Submissions applied before the per-question facts keep their summary; their answers item by
item come back when the feed is replayed (what a rebuild does), and downgrading drops the new
tables only."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import inspect, text

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.events import FeedbackReceived
from shared.migrations import downgrade, upgrade
from tests.metrics.sync.events import apply, event

BEFORE = "df9de8f1436c"
SUBMISSION = FeedbackReceived(
    feedback_id="fb-old",
    form_id="sf",
    received_at=datetime(2026, 10, 1, 14, tzinfo=UTC),
    patient_id="pt-1",
    scores={"heard": 5, "goals": 3},
    top_box={"heard": True, "goals": False},
    mean=4.0,
)


def test_old_submissions_get_their_items_from_a_replay(tmp_path: Path) -> None:
    with throwaway_database("feedback_items", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as c:
                c.execute(
                    text(
                        "INSERT INTO fact_feedback (org, feedback_id, form_id, patient_id,"
                        " received_at, mean, items_scored, top_box_items, day, week, month,"
                        " quarter) VALUES ('org-a', 'fb-old', 'sf', 'pt-1', :r, 4.0, 2, 1,"
                        " :d, :d, :d, :d)"
                    ),
                    {"r": "2026-10-01 14:00:00+00:00", "d": date(2026, 10, 1)},
                )
            upgrade(MIGRATIONS, url)
            with engine.connect() as c:
                summaries = c.execute(text("SELECT count(*) FROM fact_feedback")).scalar_one()
                before = c.execute(text("SELECT count(*) FROM fact_feedback_items")).scalar_one()
            apply(engine, event("org-a", SUBMISSION))  # the feed replayed
            with engine.connect() as c:
                found = c.execute(text("SELECT item_id, score FROM fact_feedback_items"))
                items = {item: score for item, score in found}
            downgrade(MIGRATIONS, url, BEFORE)
            tables = set(inspect(engine).get_table_names())
        finally:
            engine.dispose()
    assert (summaries, before) == (1, 0)
    assert items == {"heard": 5.0, "goals": 3.0}
    assert "fact_feedback" in tables
    assert not tables & {"fact_feedback_items", "fact_feedback_themes"}

"""Episodes of care closed before the closing period keys existed get them from the migration
(so the fidelity metrics count them in the week and quarter they closed, and know their length),
open ones stay without, and downgrading drops the three columns only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import inspect, text

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE = "fe271c5252a7"
INSERT = text(
    "INSERT INTO fact_care_episodes (org, episode_id, patient_id, status, opened_on, closed_on,"
    " closed_month, redacted, day, week, month, quarter) VALUES ('org-a', :id, 'pt-1', :status,"
    " :opened, :closed, :closed_month, false, :opened, :opened, :opened, :opened)"
)


def test_closed_episodes_get_their_closing_week_quarter_and_length(tmp_path: Path) -> None:
    opened = date(2026, 4, 1)
    with throwaway_database("closing_keys", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as c:
                closed = {"closed": date(2026, 7, 5), "closed_month": date(2026, 7, 1)}
                c.execute(INSERT, {"id": "ep-1", "status": "finished", "opened": opened, **closed})
                c.execute(INSERT, {"id": "ep-2", "status": "active", "opened": opened,
                                   "closed": None, "closed_month": None})  # fmt: skip
            upgrade(MIGRATIONS, url)
            with engine.connect() as c:
                rows = c.execute(
                    text(
                        "SELECT episode_id, closed_week, closed_quarter, length_days"
                        " FROM fact_care_episodes"
                    )
                )
                keys = {
                    episode: (str(week), str(quarter), days)
                    for episode, week, quarter, days in rows
                }
            downgrade(MIGRATIONS, url, BEFORE)
            columns = {c["name"] for c in inspect(engine).get_columns("fact_care_episodes")}
        finally:
            engine.dispose()
    # 5 July 2026 is a Sunday: its ISO week began on Monday 29 June; its quarter is the third.
    assert keys == {"ep-1": ("2026-06-29", "2026-07-01", 95), "ep-2": ("None", "None", None)}
    assert not columns & {"closed_week", "closed_quarter", "length_days"}
    assert "closed_month" in columns

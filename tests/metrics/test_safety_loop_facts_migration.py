"""Alerts applied before the safety loop keep their history: their 24-hour acknowledgement
flag comes from the stored hours, everything the old events never carried starts false, and
downgrading gives the old table back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import inspect, text

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE = "9a4f6b1d2c83"
INSERT = text(
    "INSERT INTO fact_alerts (org, alert_id, rule, patient_id, raised_at, acknowledged_at,"
    " hours_to_acknowledge, day, week, month, quarter)"
    " VALUES ('org-a', :a, 'critical_item', 'pt-1', :r, :k, :h, :d, :d, :d, :d)"
)


def test_old_alerts_get_their_flags_and_the_downgrade_drops_the_new(tmp_path: Path) -> None:
    raised = "2026-10-01 14:25:00+00:00"
    with throwaway_database("safety_facts", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as c:
                d = date(2026, 10, 1)
                c.execute(INSERT, {"a": "fast", "r": raised, "k": raised, "h": 3.0, "d": d})
                c.execute(INSERT, {"a": "slow", "r": raised, "k": raised, "h": 30.0, "d": d})
                c.execute(INSERT, {"a": "open", "r": raised, "k": None, "h": None, "d": d})
            upgrade(MIGRATIONS, url)
            with engine.connect() as c:
                rows = {
                    r.alert_id: r
                    for r in c.execute(
                        text(
                            "SELECT alert_id, acknowledged_within_24h, actioned_within_24h,"
                            " escalated, safety_plan_recorded, followed_up_within_7_days"
                            " FROM fact_alerts"
                        )
                    )
                }
            downgrade(MIGRATIONS, url, BEFORE)
            tables = inspect(engine).get_table_names()
            columns = {c["name"] for c in inspect(engine).get_columns("fact_alerts")}
        finally:
            engine.dispose()
    assert [bool(rows[a].acknowledged_within_24h) for a in ("fast", "slow", "open")] == [
        True,
        False,
        False,
    ]
    assert not any(any(bool(v) for v in tuple(r)[2:]) for r in rows.values())
    assert "fact_safety_events" not in tables and "escalated" not in columns

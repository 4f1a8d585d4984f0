"""The unit covering indexes: each unit level's index leads with org, the unit and the month
(the order the unit-level queries group in), covers what the encounter metrics and their
filters read, is built over encounters already stored, and downgrading drops them only."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE = "7d3c1a9e5b20"
UNITS = ("clinician", "team", "site")


def _indexes(engine: object) -> dict[str, list[str]]:
    found = inspect(engine).get_indexes("fact_encounters")  # type: ignore[arg-type]
    return {str(i["name"]): [str(c) for c in i["column_names"]] for i in found}


def test_each_unit_level_gets_its_covering_index(tmp_path: Path) -> None:
    with throwaway_database("unit_indexes", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as c:
                c.execute(
                    text(
                        "INSERT INTO fact_encounters (org, encounter_id, patient_id, team_id, "
                        "modality, status, start_utc, late_cancellation, technical_problem, "
                        "minutes_lost, dropped_and_rejoined, switched_to_phone, "
                        "assessed_within_7_days, redacted, day, week, month, quarter) VALUES "
                        "('org-a', 'e1', 'pt-1', 't1', 'video', 'fulfilled', "
                        "'2026-03-02 10:00:00', false, false, 0, false, false, false, false, "
                        "'2026-03-02', '2026-03-02', '2026-03-01', '2026-01-01')"
                    )
                )
            before = _indexes(engine)
            upgrade(MIGRATIONS, url)
            after = _indexes(engine)
            for unit in UNITS:
                columns = after[f"ix_fact_encounters_org_{unit}_covering"]
                assert columns[:4] == ["org", f"{unit}_id", "month", "patient_id"]
                assert {"status", "modality", "service_line", "week", "quarter", "day"} <= set(
                    columns
                )
            with engine.connect() as c:
                kept = c.execute(
                    text("SELECT team_id, count(*) FROM fact_encounters GROUP BY team_id")
                ).all()
            assert kept == [("t1", 1)]
            downgrade(MIGRATIONS, url, BEFORE)
            assert _indexes(engine) == before
        finally:
            engine.dispose()

"""The outcome-facts migration turns the stored ``false`` of ineligible patients into null,
and its downgrade turns them back, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE, AFTER = "3e9d7c51a0b4", "4d7e2b9c1a60"
DAY = date(2026, 2, 2)
KEYS = {"day": DAY, "week": DAY, "month": date(2026, 2, 1), "quarter": date(2026, 1, 1)}
AT = datetime(2026, 2, 2, 9, tzinfo=UTC)
FLAGS = ("reliable_improvement", "reliable_deterioration", "recovery", "remission")


def _assessment(aid: str, instrument: str, total: float, case: bool, base: str | None, **f: bool):
    return {
        **KEYS, "org": "o", "assessment_id": aid, "instrument_id": instrument,
        "patient_id": f"p-{aid}", "completed_at": AT, "total": total, "caseness": case,
        "baseline_assessment_id": base, "weeks_since_baseline": None if base is None else 6.0,
        **{k: False for k in (*FLAGS, "response")}, **f,
    }  # fmt: skip


def _episode(base: str, instrument: str, outcome: str | None, **f: bool) -> dict[str, Any]:
    return {
        **KEYS, "org": "o", "baseline_assessment_id": base, "patient_id": f"p-{base}",
        "instrument_id": instrument, "baseline_at": AT, "outcome_assessment_id": outcome,
        "outcome_weeks": None if outcome is None else 6.0, **dict.fromkeys(FLAGS, False), **f,
    }  # fmt: skip


def _read(engine: sa.Engine, table: str, key: str, response: bool = True):
    columns = (*FLAGS, "response") if response else FLAGS
    with engine.connect() as connection:
        rows = connection.execute(sa.text(f"SELECT {key}, {', '.join(columns)} FROM {table}"))
        return {r[0]: tuple(None if v is None else bool(v) for v in r[1:]) for r in rows}


def test_outcome_facts_of_ineligible_patients_become_null_and_back(tmp_path: Path) -> None:
    with throwaway_database("mig_outcomes", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            meta = sa.MetaData()
            assessments = sa.Table("fact_assessments", meta, autoload_with=engine)
            episodes = sa.Table("fact_episodes", meta, autoload_with=engine)
            with engine.begin() as connection:
                connection.execute(assessments.insert(), [
                    _assessment("case", "phq9", 15, True, None),
                    _assessment("case-f", "phq9", 7, False, "case", reliable_improvement=True,
                                recovery=True, response=True),
                    _assessment("low", "phq9", 4, False, None),
                    _assessment("low-f", "phq9", 3, False, "low"),
                    _assessment("k10", "k10", 30, True, None),
                    _assessment("k10-f", "k10", 30, True, "k10"),
                ])  # fmt: skip
                connection.execute(episodes.insert(), [
                    _episode("case", "phq9", "case-f", reliable_improvement=True, recovery=True),
                    _episode("low", "phq9", "low-f"),
                    _episode("k10", "k10", "k10-f"),
                    _episode("open", "phq9", None),
                ])  # fmt: skip
            upgrade(MIGRATIONS, url, AFTER)
            assert _read(engine, "fact_assessments", "assessment_id") == {
                "case": (None,) * 5,  # a baseline has no outcome
                "case-f": (True, False, True, False, True),
                "low": (None,) * 5,
                "low-f": (False, False, None, None, None),  # not a case: no recovery etc.
                "k10": (None,) * 5,
                "k10-f": (None, None, False, False, False),  # no reliable-change value
            }
            # The episodes gain response, from their outcome assessment's fact.
            assert _read(engine, "fact_episodes", "baseline_assessment_id") == {
                "case": (True, False, True, False, True),
                "low": (False, False, None, None, None),
                "k10": (None, None, False, False, False),
                "open": (None,) * 5,
            }
            downgrade(MIGRATIONS, url, BEFORE)
            episodes_then = _read(engine, "fact_episodes", "baseline_assessment_id", False)
            assert episodes_then["open"] == (False,) * 4
            assert episodes_then["case"] == (True, False, True, False)
        finally:
            engine.dispose()

"""``rollup_encounter_patients`` recomputed in plain Python from the encounter facts stored: what
a rebuild of the rollup from scratch gives, to compare with what the triggers maintained."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from services.metrics.models import EncounterFact, encounter_rollup

ENGAGED = {"fulfilled", "no-show", "cancelled-by-patient"}
MODALITY = {"in-person": "in_person", "video": "video", "phone": "phone"}
Key = tuple[str, str, Any, str]


def _counts(fact: dict[str, Any]) -> dict[str, int]:
    kept = fact["status"] == "fulfilled"
    m = MODALITY[fact["modality"]]
    counts = {
        f"engaged_{m}": 1,
        f"kept_{m}": int(kept),
        f"no_show_{m}": int(fact["status"] == "no-show"),
        f"late_cancel_{m}": int(
            fact["status"] == "cancelled-by-patient" and bool(fact["late_cancellation"])
        ),
        f"assessed_{m}": int(kept and bool(fact["assessed_within_7_days"])),
    }
    if m != "in_person":
        counts[f"problem_{m}"] = int(kept and bool(fact["technical_problem"]))
        counts[f"minutes_{m}"] = fact["minutes_lost"] if kept else 0
    if m == "video":
        counts["switched_video"] = int(kept and bool(fact["switched_to_phone"]))
    return counts


def expected_rollup(engine: Engine, orgs: set[str] | None = None) -> dict[Key, dict[str, int]]:
    """Per (org, grain, period, patient or ''): every counter, from the facts alone."""
    counters = [c.name for c in encounter_rollup.columns if not c.primary_key]
    table = EncounterFact.__table__  # type: ignore[attr-defined]
    expected: dict[Key, dict[str, int]] = {}
    with engine.connect() as connection:
        for fact in connection.execute(select(table)).mappings():
            if fact["status"] not in ENGAGED or (orgs is not None and fact["org"] not in orgs):
                continue
            for grain in ("week", "month", "quarter"):
                key = (fact["org"], grain, fact[grain], fact["patient_id"] or "")
                row = expected.setdefault(key, dict.fromkeys(counters, 0))
                for name, value in _counts(fact).items():
                    row[name] += value
    return expected


def stored_rollup(engine: Engine, orgs: set[str] | None = None) -> dict[Key, dict[str, int]]:
    """The rollup as the triggers left it."""
    r = encounter_rollup.c
    stored: dict[Key, dict[str, int]] = {}
    with engine.connect() as connection:
        for row in connection.execute(select(encounter_rollup)).mappings():
            if orgs is not None and row["org"] not in orgs:
                continue
            key = (row["org"], row["grain"], row["period"], row["patient_id"])
            stored[key] = {k: v for k, v in row.items() if k not in r.keys()[:4]}
    return stored

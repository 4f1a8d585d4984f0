"""``assessed_within_7_days``: a kept session whose patient completed an assessment in the seven
days before it (``completed_at`` in ``[start_utc - 7 days, start_utc]``).

The two halves arrive on different feeds in any order, so the flag is maintained from both
sides and always recomputed from the facts, never toggled: an encounter computes it from the
assessments already stored, and an assessment recomputes it for its patient's kept sessions in
the following seven days. Whichever side arrives last sees the other, so the result does not
depend on the order the feeds were consumed in (a rebuild equals the incremental state).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from services.metrics.models import AssessmentFact, EncounterFact
from services.metrics.sync.apply.common import by_org, chunks
from shared.db import executemany
from shared.models import as_utc

WINDOW = timedelta(days=7)
KEPT = "fulfilled"

_ASSESSMENTS = AssessmentFact.__table__  # type: ignore[attr-defined]
_ENCOUNTERS = EncounterFact.__table__  # type: ignore[attr-defined]


def assessed_before(start_utc: datetime, completed: Sequence[datetime]) -> bool:
    """Whether any of the sorted ``completed`` times lies in the window before ``start_utc``."""
    i = bisect_left(completed, start_utc - WINDOW)
    return i < len(completed) and completed[i] <= start_utc


def assessment_times(
    connection: Connection, patients: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], list[datetime]]:
    """Every stored assessment time of these ``(org, patient_id)`` pairs, sorted (one read per
    chunk of patients)."""
    times: dict[tuple[str, str], list[datetime]] = {}
    a = _ASSESSMENTS.c
    for org, patient_ids in by_org(patients).items():
        for chunk in chunks(patient_ids):
            query = select(a.patient_id, a.completed_at).where(
                a.org == org, a.patient_id.in_(chunk)
            )
            for patient_id, completed_at in connection.execute(query):
                times.setdefault((org, patient_id), []).append(as_utc(completed_at))
    for values in times.values():
        values.sort()
    return times


def refresh_after_assessments(
    connection: Connection, assessments: Iterable[tuple[str, str, datetime]]
) -> None:
    """Recompute the flag of kept sessions that assessments ``(org, patient_id, completed_at)``
    (already stored) may answer; only the flags that change are written."""
    windows: dict[tuple[str, str], tuple[datetime, datetime]] = {}
    for org, patient_id, completed in assessments:
        low, high = windows.get((org, patient_id), (completed, completed))
        windows[(org, patient_id)] = (min(low, completed), max(high, completed))
    if not windows:
        return
    e = _ENCOUNTERS.c
    candidates: list[tuple[str, str, str, datetime, bool]] = []
    for org, patient_ids in by_org(windows).items():
        for chunk in chunks(patient_ids):
            lows = [windows[(org, p)][0] for p in chunk]
            highs = [windows[(org, p)][1] + WINDOW for p in chunk]
            query = select(
                e.patient_id, e.encounter_id, e.start_utc, e.assessed_within_7_days
            ).where(
                e.org == org,
                e.patient_id.in_(chunk),
                e.status == KEPT,
                e.start_utc >= min(lows),
                e.start_utc <= max(highs),
            )
            for patient_id, encounter_id, start, flag in connection.execute(query):
                low, high = windows[(org, patient_id)]
                start = as_utc(start)
                if low <= start <= high + WINDOW:
                    candidates.append((org, patient_id, encounter_id, start, bool(flag)))
    if not candidates:
        return
    times = assessment_times(connection, {(c[0], c[1]) for c in candidates})
    changes = []
    for org, patient_id, encounter_id, start, flag in candidates:
        now_flag = assessed_before(start, times.get((org, patient_id), []))
        if now_flag != flag:
            changes.append({"k_org": org, "k_id": encounter_id, "flag": now_flag})
    executemany(
        connection,
        update(_ENCOUNTERS)
        .where(e.org == bindparam("k_org"), e.encounter_id == bindparam("k_id"))
        .values(assessed_within_7_days=bindparam("flag")),
        changes,
    )

"""``followed_up_within_7_days``: a critical-item alert (a positive suicide-risk screen) whose
patient kept a session that started after the alert was raised and at most 7 days later
(``start_utc`` in ``(raised_at, raised_at + 7 days]``).

The 7-day window follows NCQA HEDIS's 7-day follow-up measures (FUH, after a mental-health
hospitalization; FUM, after an emergency-department visit for mental illness or intentional
self-harm); no published measure sets a window after a positive screen itself, so the window
is borrowed from them (see the catalog definition).

Alerts come from measures' feed and sessions from intake's, in any order, so the flag is
maintained from both sides and always recomputed from the facts, never toggled: an alert
computes it from the kept sessions already stored, and an encounter (of any status: a session
may stop being kept) recomputes it for every alert of its patient. Whichever side arrives last
sees the other, so a rebuild equals the incremental state.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from services.metrics.models import AlertFact, EncounterFact
from services.metrics.sync.apply.common import by_org, chunks
from shared.db import executemany
from shared.models import as_utc

WINDOW = timedelta(days=7)
KEPT = "fulfilled"

_ALERTS = AlertFact.__table__  # type: ignore[attr-defined]
_ENCOUNTERS = EncounterFact.__table__  # type: ignore[attr-defined]


def followed_up(raised_at: datetime, starts: Sequence[datetime]) -> bool:
    """Whether any of the sorted kept-session ``starts`` lies in the window after the raise."""
    i = bisect_right(starts, raised_at)
    return i < len(starts) and starts[i] <= raised_at + WINDOW


def kept_starts(
    connection: Connection, patients: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], list[datetime]]:
    """Every stored kept session's start of these ``(org, patient_id)`` pairs, sorted."""
    starts: dict[tuple[str, str], list[datetime]] = {}
    e = _ENCOUNTERS.c
    for org, patient_ids in by_org(patients).items():
        for chunk in chunks(patient_ids):
            query = select(e.patient_id, e.start_utc).where(
                e.org == org, e.patient_id.in_(chunk), e.status == KEPT
            )
            for patient_id, start in connection.execute(query):
                starts.setdefault((org, patient_id), []).append(as_utc(start))
    for values in starts.values():
        values.sort()
    return starts


def refresh_after_encounters(connection: Connection, patients: Iterable[tuple[str, str]]) -> None:
    """Recompute the flag of every stored alert of these patients (already-stored encounters
    included); only the flags that change are written."""
    a = _ALERTS.c
    alerts: list[tuple[str, str, str, datetime, bool]] = []
    for org, patient_ids in by_org(patients).items():
        for chunk in chunks(patient_ids):
            query = select(
                a.patient_id, a.alert_id, a.raised_at, a.followed_up_within_7_days
            ).where(a.org == org, a.patient_id.in_(chunk))
            for patient_id, alert_id, raised, flag in connection.execute(query):
                alerts.append((org, patient_id, alert_id, as_utc(raised), bool(flag)))
    if not alerts:
        return
    starts = kept_starts(connection, {(org, patient) for org, patient, *_ in alerts})
    changes = []
    for org, patient_id, alert_id, raised, flag in alerts:
        now_flag = followed_up(raised, starts.get((org, patient_id), []))
        if now_flag != flag:
            changes.append({"k_org": org, "k_id": alert_id, "flag": now_flag})
    executemany(
        connection,
        update(_ALERTS)
        .where(a.org == bindparam("k_org"), a.alert_id == bindparam("k_id"))
        .values(followed_up_within_7_days=bindparam("flag")),
        changes,
    )

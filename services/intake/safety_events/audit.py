"""Audit rows for reads of safety events (HIPAA 45 CFR 164.312(b), as shared/audit.py).

Two kinds of row go to intake's ``audit_log``, in one transaction per request:

* ``read``: a patient named by the events returned, as for every patient-level read;
* ``read-narrative``: one per event whose narrative (and reporter) a safety reviewer was
  shown. The log's subject column then holds ``safety-event/<id>``: a ``/`` never appears in a
  patient id (``ID_PATTERN``), so the two kinds of subject cannot be confused.

The reader is the actor, as everywhere in the log; nothing of the event's reporter is written.
A write of a report is never audited here: that would put the sender beside an anonymous event.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from services.intake import models
from shared.audit import record_reads
from shared.auth import Caller

__all__ = ["NARRATIVE_READ", "narrative_subject", "record_safety_reads"]

NARRATIVE_READ = "read-narrative"


def narrative_subject(safety_event_id: str) -> str:
    return f"safety-event/{safety_event_id}"


def record_safety_reads(
    session: Session,
    *,
    caller: Caller,
    rows: Sequence[Mapping[str, Any]],
    narratives: bool,
    route: str,
) -> None:
    """Audit a response carrying ``rows``: their patients, and their narratives if shown
    (:func:`shared.audit.record_reads`)."""
    shown = rows if narratives else []
    record_reads(
        session,
        models.audit_log,
        caller=caller,
        route=route,
        patient_ids=[r["patient_id"] for r in rows if r["patient_id"]],
        subjects=[(narrative_subject(r["safety_event_id"]), NARRATIVE_READ) for r in shown],
    )

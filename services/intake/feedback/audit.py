"""Audit rows for reads of feedback (HIPAA 45 CFR 164.312(b), as shared/audit.py).

Two kinds of row go to intake's ``audit_log``, in one transaction per request:

* ``read``: a patient named by the submissions returned, as for every patient-level read;
* ``read-comment``: one per submission whose free-text comment was shown, with the reader as
  actor. The subject column then holds ``feedback/<id>``: a ``/`` never appears in a patient id,
  so the two kinds of subject cannot be confused.

A submission without a comment writes no ``read-comment`` row: nothing was read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from services.intake import models
from services.intake.feedback.comments import has_comment
from shared.audit import record_reads
from shared.auth import Caller

__all__ = ["COMMENT_READ", "comment_subject", "record_feedback_reads"]

COMMENT_READ = "read-comment"


def comment_subject(feedback_id: str) -> str:
    return f"feedback/{feedback_id}"


def record_feedback_reads(
    session: Session,
    *,
    caller: Caller,
    rows: Sequence[Mapping[str, Any]],
    comments: bool,
    route: str,
) -> None:
    """Audit a response carrying ``rows``: their patients, and their comments if shown
    (:func:`shared.audit.record_reads`)."""
    shown = [r for r in rows if comments and has_comment(r["form_id"], r["answers"])]
    record_reads(
        session,
        models.audit_log,
        caller=caller,
        route=route,
        patient_ids=[r["patient_id"] for r in rows if r["patient_id"]],
        subjects=[(comment_subject(r["feedback_id"]), COMMENT_READ) for r in shown],
    )

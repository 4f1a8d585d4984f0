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

from sqlalchemy import insert
from sqlalchemy.orm import Session

from services.intake import models
from services.intake.feedback.comments import has_comment
from shared.auth import Caller
from shared.db import is_read_only, writable
from shared.models import utcnow

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
    """Audit a response carrying ``rows``: their patients, and their comments if shown.

    As :func:`shared.audit.record_patient_read`: in a read session the read transaction is ended
    and the rows committed at once in a short write transaction of their own, so a read that
    succeeded is always logged (or fails with a 503).
    """
    now = utcnow()
    entries = [
        {"patient_id": patient_id, "action": "read"}
        for patient_id in dict.fromkeys(r["patient_id"] for r in rows if r["patient_id"])
    ]
    if comments:
        entries += [
            {"patient_id": comment_subject(r["feedback_id"]), "action": COMMENT_READ}
            for r in rows
            if has_comment(r["form_id"], r["answers"])
        ]
    if not entries:
        return
    values = [
        {"at": now, "org": caller.org, "actor": caller.sub, "route": route, **entry}
        for entry in entries
    ]
    bind = session.get_bind()
    if not is_read_only(bind):
        session.execute(insert(models.audit_log), values)
        return
    session.commit()
    with Session(writable(bind)) as audit:  # type: ignore[arg-type]
        audit.execute(insert(models.audit_log), values)
        audit.commit()

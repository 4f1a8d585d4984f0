"""Audit log of patient-level reads (HIPAA 45 CFR 164.312(b)): who read which patient, how, when.

The rows are committed before the route builds its response, so a read that succeeded is always
logged: if they cannot be written (the database is busy), the read fails with a 503 instead.
The table lives in each service's own database; only the shape is shared.

Reads run in read sessions (``ReadSessionDep``): on SQLite they take no write lock, so readers
never queue behind each other or behind writers. The audit rows are the one write of such a
request; they go in a short transaction of their own, begun and committed in the route's worker
thread, after the read transaction has ended. The write lock is held for the INSERT alone and
never across a hand-off to another thread, and the request holds one pooled connection at a
time. An earlier design wrote the rows in the read's own write session: every patient read then
held SQLite's single write lock from its first SELECT until a second worker thread committed,
and a burst of 60 concurrent reads locked the service up for minutes (benchmarks/README.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import BigInteger, Column, DateTime, Index, Integer, MetaData, String, Table, insert
from sqlalchemy.orm import Session

from shared.auth import Caller
from shared.db import is_read_only, writable
from shared.models import utcnow


def audit_table(metadata: MetaData) -> Table:
    return Table(
        "audit_log",
        metadata,
        Column(
            "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
        ),
        Column("at", DateTime(timezone=True), nullable=False),
        Column("org", String(128), nullable=False),
        Column("actor", String(256), nullable=False),
        Column("patient_id", String(128), nullable=False),
        Column("route", String(256), nullable=False),
        Column("action", String(32), nullable=False),
        Index("ix_audit_log_org_patient", "org", "patient_id"),
    )


def record_patient_read(
    session: Session, table: Table, *, caller: Caller, patient_ids: list[str], route: str
) -> None:
    """One row per patient whose data the response carries (see :func:`record_reads`)."""
    record_reads(session, table, caller=caller, route=route, patient_ids=patient_ids)


def record_reads(
    session: Session,
    table: Table,
    *,
    caller: Caller,
    route: str,
    patient_ids: Sequence[str],
    subjects: Sequence[tuple[str, str]] = (),
) -> None:
    """A ``read`` row per patient the response carries, and one row per ``(subject, action)``
    for what else a reader was shown (a comment, a narrative: the subject then names the
    record, e.g. ``feedback/<id>``, and holds a ``/`` no patient id has).

    In a read session the rows are committed at once in their own transaction (and the read
    transaction is ended first: the objects already loaded stay usable, a later query begins a
    new one), so a read that succeeded is always logged, or fails with a 503. In a write
    session they join its transaction and commit with its writes.
    """
    entries = [(patient_id, "read") for patient_id in dict.fromkeys(patient_ids)]
    entries += subjects
    if not entries:
        return
    now = utcnow()
    rows = [
        {
            "at": now,
            "org": caller.org,
            "actor": caller.sub,
            "patient_id": subject,
            "route": route,
            "action": action,
        }
        for subject, action in entries
    ]
    bind = session.get_bind()
    if not is_read_only(bind):
        session.execute(insert(table), rows)
        return
    session.commit()
    with Session(writable(bind)) as audit:  # type: ignore[arg-type]
        audit.execute(insert(table), rows)
        audit.commit()

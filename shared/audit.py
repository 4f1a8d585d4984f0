"""Audit log of patient-level reads (HIPAA 45 CFR 164.312(b)): who read which patient, how, when.

The row is written in the same session as the read, so a read that succeeded is always logged.
The table lives in each service's own database; only the shape is shared.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, DateTime, Index, Integer, MetaData, String, Table, insert
from sqlalchemy.orm import Session

from shared.auth import Caller
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
    """One row per patient whose data the response carries."""
    if not patient_ids:
        return
    now = utcnow()
    session.execute(
        insert(table),
        [
            {
                "at": now,
                "org": caller.org,
                "actor": caller.sub,
                "patient_id": patient_id,
                "route": route,
                "action": "read",
            }
            for patient_id in dict.fromkeys(patient_ids)
        ],
    )

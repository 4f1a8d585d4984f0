"""What the set-based batch stores share: chunked id lists and the Part 2 patient lookup.

A batch of thousands reads the rows it needs with one query per chunk of ids instead of one per
item; :data:`BATCH_CHUNK` keeps each ``IN`` list small on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from services.intake import models
from services.intake.sensitivity import PART2
from shared.db import executemany

__all__ = ["BATCH_CHUNK", "chunks", "part2_patients", "write_rows"]

#: Largest IN list one batch query sends.
BATCH_CHUNK = 500

_PATIENTS = models.PatientRow.__table__


def chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), BATCH_CHUNK):
        yield values[start : start + BATCH_CHUNK]


def part2_patients(session: Session, org: str, patient_ids: Iterable[str]) -> set[str]:
    """Which of these patients carry the Part 2 label (one query per chunk)."""
    wanted = list(dict.fromkeys(patient_ids))
    labelled: set[str] = set()
    for chunk in chunks(wanted):
        labelled.update(
            session.execute(
                select(_PATIENTS.c.patient_id).where(
                    _PATIENTS.c.org == org,
                    _PATIENTS.c.patient_id.in_(chunk),
                    _PATIENTS.c.sensitivity == PART2,
                )
            ).scalars()
        )
    return labelled


def write_rows(
    connection: Connection,
    table: Table,
    id_column: str,
    *,
    org: str,
    values: Mapping[str, dict[str, Any]],
    stored: Collection[str],
    now: datetime,
) -> None:
    """Write a batch's changed rows: one INSERT for the new ids, one UPDATE for the ``stored``
    ones, both in primary-key order (B-tree pages are touched once)."""
    written = sorted(values)
    executemany(
        connection,
        insert(table),
        [
            {"org": org, id_column: i, "updated_at": now, **values[i]}
            for i in written
            if i not in stored
        ],
    )
    executemany(
        connection,
        update(table).where(
            table.c.org == bindparam("key_org"), table.c[id_column] == bindparam("key_id")
        ),
        [
            {"key_org": org, "key_id": i, "updated_at": now, **values[i]}
            for i in written
            if i in stored
        ],
    )

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

__all__ = ["BATCH_CHUNK", "chunks", "lock_states", "part2_patients", "write_rows"]

#: Largest IN list one batch query sends.
BATCH_CHUNK = 500

_PATIENTS = models.core_table(models.PatientRow)
# Built once: SQLAlchemy memoizes a statement's cache key on the statement object, so a
# statement kept at module level skips rebuilding the expression and its key on every request
# (a large share of a single PUT's CPU). One id is the common case of a single request and
# takes ``=`` instead of an expanding ``IN`` list, which is rendered anew on each execution.
_PART2_ONE = select(_PATIENTS.c.patient_id).where(
    _PATIENTS.c.org == bindparam("org"),
    _PATIENTS.c.patient_id == bindparam("id"),
    _PATIENTS.c.sensitivity == PART2,
)
_PART2_MANY = select(_PATIENTS.c.patient_id).where(
    _PATIENTS.c.org == bindparam("org"),
    _PATIENTS.c.patient_id.in_(bindparam("ids", expanding=True)),
    _PATIENTS.c.sensitivity == PART2,
)


def chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), BATCH_CHUNK):
        yield values[start : start + BATCH_CHUNK]


def part2_patients(session: Session | Connection, org: str, patient_ids: Iterable[str]) -> set[str]:
    """Which of these patients carry the Part 2 label (one query per chunk).

    A caller that already holds the session's connection passes it: asking the session for
    it again costs about as much as the query."""
    wanted = list(dict.fromkeys(patient_ids))
    connection = session.connection() if isinstance(session, Session) else session
    if len(wanted) == 1:
        found = connection.execute(_PART2_ONE, {"org": org, "id": wanted[0]})
        return set(found.scalars())
    labelled: set[str] = set()
    for chunk in chunks(wanted):
        labelled.update(connection.execute(_PART2_MANY, {"org": org, "ids": chunk}).scalars())
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


def lock_states(
    session: Session, table: Table, key: str, org: str, ids: Sequence[str]
) -> dict[str, tuple[dict[str, Any], datetime]]:
    """The stored values (every column but ``org``, ``key`` and ``updated_at``) and the
    ``updated_at`` of each of ``ids`` that exists in ``table``, rows locked in key order
    (PostgreSQL; SQLite has one writer at a time) so two writers never wait crosswise."""
    column = table.c[key]
    states: dict[str, tuple[dict[str, Any], datetime]] = {}
    for chunk in chunks(sorted(set(ids))):
        query = (
            select(*(c for c in table.c if c.name != "org"))
            .where(table.c.org == org, column.in_(chunk))
            .order_by(column)
            .with_for_update()
        )
        for found in session.execute(query).mappings():
            values = dict(found)
            states[values.pop(key)] = (values, values.pop("updated_at"))
    return states

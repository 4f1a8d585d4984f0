"""assessments.episode_id: baselines per episode of care

Change was measured from a patient's first score ever on an instrument; it is now measured
within an episode of care (``services.measures.scoring.episodes``). Stored assessments carry
no episode, so each patient's series on each instrument is split by the gap rule new unnamed
assessments get: a new episode wherever 180 days or more pass without an assessment, its id
``gap-`` and a hash of the patient and the episode's first assessment. A returning patient's
old data thus splits into its courses. Anonymous staff answers (no patient) get none.

Feed events already published keep the baselines they were published with.

Revision ID: 4c8e1b7d2f90
Revises: 2f6d9c4e8a17
Create Date: 2026-12-06 14:00:00
"""

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from itertools import groupby
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "4c8e1b7d2f90"
down_revision: str | None = "2f6d9c4e8a17"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: A frozen copy of ``scoring.episodes.GAP`` and ``gap_episode_id`` as they were written.
GAP = timedelta(days=180)
CHUNK = 1000

assessments = sa.table(
    "assessments",
    sa.column("org", sa.String),
    sa.column("assessment_id", sa.String),
    sa.column("patient_id", sa.String),
    sa.column("instrument_id", sa.String),
    sa.column("completed_at", sa.DateTime(timezone=True)),
    sa.column("episode_id", sa.String),
)


def _episode_id(patient_id: str, first_assessment_id: str) -> str:
    digest = hashlib.sha256(f"{patient_id}\n{first_assessment_id}".encode()).hexdigest()
    return "gap-" + digest[:24]


def _utc(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def upgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("episode_id", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    t = assessments.c
    rows = connection.execute(
        sa.select(t.org, t.patient_id, t.instrument_id, t.completed_at, t.assessment_id)
        .where(t.patient_id.is_not(None))
        .order_by(t.org, t.patient_id, t.instrument_id)
    ).all()
    values: list[dict[str, str]] = []
    for (org, patient_id, _), series in groupby(rows, key=lambda r: (r[0], r[1], r[2])):
        current, previous = "", None
        for _, _, _, at, assessment_id in sorted(series, key=lambda r: (_utc(r[3]), r[4])):
            at = _utc(at)
            if previous is None or at - previous >= GAP:
                current = _episode_id(patient_id, assessment_id)
            values.append({"o": org, "a": assessment_id, "e": current})
            previous = at
    update = (
        assessments.update()
        .where(t.org == sa.bindparam("o"))
        .where(t.assessment_id == sa.bindparam("a"))
        .values(episode_id=sa.bindparam("e"))
    )
    for start in range(0, len(values), CHUNK):
        connection.execute(update, values[start : start + CHUNK])


def downgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_column("episode_id")

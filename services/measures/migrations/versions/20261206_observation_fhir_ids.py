"""assessments.fhir_id: the stem of its Observations' ids, so they can be read by id

``GET /fhir/Observation/{id}`` finds the assessment an Observation was built from by this
column (``services.measures.fhir.observation_ids``). Existing rows are filled with the same
formula new rows are stored with: the UUIDv5, in the Observations' namespace, of
``<org>/<assessment_id>``, as 32 hex digits.

Revision ID: 2f6d9c4e8a17
Revises: 9e3b6f1a2c74
Create Date: 2026-12-06 13:00:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "2f6d9c4e8a17"
down_revision: str | None = "9e3b6f1a2c74"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: A frozen copy of ``fhir.observations.OBSERVATION_NAMESPACE``.
NAMESPACE = uuid.UUID("6f1c7a53-2c55-4d1e-9a57-1d0c2b3e8f41")
CHUNK = 1000

assessments = sa.table(
    "assessments",
    sa.column("org", sa.String),
    sa.column("assessment_id", sa.String),
    sa.column("fhir_id", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fhir_id", sa.String(length=32), nullable=True))
    connection = op.get_bind()
    update = (
        assessments.update()
        .where(assessments.c.org == sa.bindparam("o"))
        .where(assessments.c.assessment_id == sa.bindparam("a"))
        .values(fhir_id=sa.bindparam("f"))
    )
    keys = connection.execute(sa.select(assessments.c.org, assessments.c.assessment_id)).all()
    for start in range(0, len(keys), CHUNK):
        connection.execute(
            update,
            [
                {"o": org, "a": aid, "f": uuid.uuid5(NAMESPACE, f"{org}/{aid}").hex}
                for org, aid in keys[start : start + CHUNK]
            ],
        )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.alter_column("fhir_id", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_index("ix_assessments_fhir_id", ["org", "fhir_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_assessments_fhir_id")
        batch_op.drop_column("fhir_id")

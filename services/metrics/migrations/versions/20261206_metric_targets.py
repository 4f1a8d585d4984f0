"""metric targets: the goals an organization sets on its metrics (the overview's assurance)

Revision ID: 6b2e9d4f7a15
Revises: 9044984afcea
Create Date: 2026-12-06 12:45:00.000000

A new table, nothing migrated: an organization has no target until it sets one. The scope
columns hold empty strings for "any level" and "any unit" so that they can be part of the
primary key. Downgrading drops the table and the targets with it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "6b2e9d4f7a15"
down_revision: str | None = "9044984afcea"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "metric_targets",
        sa.Column("org", _id(128), nullable=False),
        sa.Column("metric_id", _id(64), nullable=False),
        sa.Column("level", _id(16), nullable=False),
        sa.Column("unit_id", _id(64), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", _id(500), nullable=True),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("set_by", _id(256), nullable=False),
        sa.PrimaryKeyConstraint("org", "metric_id", "level", "unit_id"),
    )


def downgrade() -> None:
    op.drop_table("metric_targets")

"""fact_feedback_ruptures (feedback.rupture)

One row per submission and rupture rule that fired, filled from the first
``feedback.rupture`` event on (a rebuild replays the feeds). Downgrading drops it.

Revision ID: fe271c5252a7
Revises: 4f740e57d418
Create Date: 2026-12-06 13:28:03.780684
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "fe271c5252a7"
down_revision: str | None = "4f740e57d418"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fact_feedback_ruptures",
        sa.Column("org", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("feedback_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("rule", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("item_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("event_time", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint(
            "org", "feedback_id", "rule", name=op.f("pk_fact_feedback_ruptures")
        ),
    )


def downgrade() -> None:
    op.drop_table("fact_feedback_ruptures")

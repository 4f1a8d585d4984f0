"""Workforce records: staff (one row per person's post) and team establishments (a row per team
and effective day, history kept). New tables only: nothing existing is migrated.

Revision ID: 8b3f6a1d2c47
Revises: 4017249db6c5
Create Date: 2026-12-06 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8b3f6a1d2c47"
down_revision: str | None = "4017249db6c5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("team_id", sa.String(length=64), nullable=True),
        sa.Column("site_id", sa.String(length=64), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("fte", sa.Float(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("leaving_reason", sa.String(length=32), nullable=True),
        sa.Column("entered_in_error", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "staff_id", name=op.f("pk_staff")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index("ix_staff_org_team", ["org", "team_id"], unique=False)
    op.create_table(
        "establishments",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("team_id", sa.String(length=64), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("funded_fte", sa.Float(), nullable=False),
        sa.Column("site_id", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "team_id", "effective_from", name=op.f("pk_establishments")),
    )


def downgrade() -> None:
    op.drop_table("establishments")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_org_team")
    op.drop_table("staff")

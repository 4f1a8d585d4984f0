"""Safety events: incidents and near misses, their narrative and their review.

Revision ID: 7da9d839c7ae
Revises: f9ee4a239022
Create Date: 2026-12-06 09:41:02.327674
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7da9d839c7ae"
down_revision: str | None = "f9ee4a239022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "safety_events",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("safety_event_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("harm_level", sa.String(length=16), nullable=False),
        sa.Column("occurred_at", sa.String(length=40), nullable=False),
        sa.Column("occurred_at_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", sa.String(length=64), nullable=True),
        sa.Column("site_id", sa.String(length=64), nullable=True),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("encounter_id", sa.String(length=64), nullable=True),
        sa.Column("reporter_id", sa.String(length=64), nullable=True),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("review_status", sa.String(length=32), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("actioned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "safety_event_id", name=op.f("pk_safety_events")),
    )
    with op.batch_alter_table("safety_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_safety_events_org_occurred", ["org", "occurred_at_utc"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("safety_events", schema=None) as batch_op:
        batch_op.drop_index("ix_safety_events_org_occurred")
    op.drop_table("safety_events")

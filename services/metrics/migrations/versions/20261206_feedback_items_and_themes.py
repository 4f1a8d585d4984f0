"""feedback items and themes: per-question answers and coded themes of each submission

Revision ID: 9044984afcea
Revises: df9de8f1436c
Create Date: 2026-12-06 12:27:43.873521

``fact_feedback_items`` holds each submission's scored answers item by item (the per-question
metrics), ``fact_feedback_themes`` the coded themes staff gave it. Both start empty: the
answers of submissions applied before were never stored (``fact_feedback`` kept only their
mean and top-box count), so existing data is filled by a rebuild (``POST /v1/admin/rebuild``
replays the feeds, whose ``feedback.received`` events carry every item); themes only exist
from the first ``feedback.themed`` event on. Downgrading drops both.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "9044984afcea"
down_revision: str | None = "df9de8f1436c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "fact_feedback_items",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("quarter", sa.Date(), nullable=False),
        sa.Column("org", _id(128), nullable=False),
        sa.Column("feedback_id", _id(64), nullable=False),
        sa.Column("item_id", _id(64), nullable=False),
        sa.Column("form_id", _id(64), nullable=False),
        sa.Column("patient_id", _id(64), nullable=True),
        sa.Column("clinician_id", _id(64), nullable=True),
        sa.Column("team_id", _id(64), nullable=True),
        sa.Column("site_id", _id(64), nullable=True),
        sa.Column("modality", _id(16), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("top_box", sa.Boolean(), nullable=True),
        sa.Column("event_time", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint(
            "org", "feedback_id", "item_id", name=op.f("pk_fact_feedback_items")
        ),
    )
    with op.batch_alter_table("fact_feedback_items") as batch:
        batch.create_index(
            "ix_fact_feedback_items_org_form_item_month",
            ["org", "form_id", "item_id", "month", "patient_id", "score", "top_box", "modality"],
            unique=False,
        )
    op.create_table(
        "fact_feedback_themes",
        sa.Column("org", _id(128), nullable=False),
        sa.Column("feedback_id", _id(64), nullable=False),
        sa.Column("theme", _id(64), nullable=False),
        sa.Column("event_time", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint(
            "org", "feedback_id", "theme", name=op.f("pk_fact_feedback_themes")
        ),
    )
    with op.batch_alter_table("fact_feedback_themes") as batch:
        batch.create_index("ix_fact_feedback_themes_org_theme", ["org", "theme"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("fact_feedback_themes") as batch:
        batch.drop_index("ix_fact_feedback_themes_org_theme")
    op.drop_table("fact_feedback_themes")
    with op.batch_alter_table("fact_feedback_items") as batch:
        batch.drop_index("ix_fact_feedback_items_org_form_item_month")
    op.drop_table("fact_feedback_items")

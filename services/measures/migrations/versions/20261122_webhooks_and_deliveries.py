"""webhooks and their deliveries (the alert notification outbox)

Revision ID: f8de26087ae2
Revises: 1df84c87ce00
Create Date: 2026-11-22 19:58:55.675114
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f8de26087ae2"
down_revision: str | None = "1df84c87ce00"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_str = sa.String


def upgrade() -> None:
    op.create_table(
        "webhooks",
        sa.Column("org", _str(length=128), nullable=False),
        sa.Column("webhook_id", _str(length=36), nullable=False),
        sa.Column("url", _str(length=2048), nullable=False),
        sa.Column("description", _str(length=256), nullable=True),
        sa.Column("event_types", sa.JSON(), nullable=False),
        sa.Column("secret", _str(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", _str(length=256), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("disabled_reason", _str(length=64), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("org", "webhook_id", name=op.f("pk_webhooks")),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("org", _str(length=128), nullable=False),
        sa.Column("delivery_id", _str(length=40), nullable=False),
        sa.Column("webhook_id", _str(length=36), nullable=False),
        sa.Column("event_type", _str(length=64), nullable=False),
        sa.Column("alert_id", _str(length=36), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", _str(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claim", _str(length=36), nullable=True),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("last_error", _str(length=64), nullable=True),
        sa.Column("attempt_log", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("org", "delivery_id", name=op.f("pk_webhook_deliveries")),
    )
    op.create_index("ix_webhook_deliveries_due", "webhook_deliveries", ["state", "next_attempt_at"])
    op.create_index(
        "ix_webhook_deliveries_webhook",
        "webhook_deliveries",
        ["org", "webhook_id", "created_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_webhook_deliveries_webhook", table_name="webhook_deliveries")
    op.drop_index("ix_webhook_deliveries_due", table_name="webhook_deliveries")
    op.drop_table("webhook_deliveries")
    op.drop_table("webhooks")

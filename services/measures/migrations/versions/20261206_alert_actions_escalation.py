"""the safety loop: alert actions, escalation deadlines, escalations and policies

Alerts gain their two deadlines (stamped from the org's policy when raised), the time of their
first action, and their closing. Alerts raised before this revision keep null deadlines: they
are never escalated (escalating every old open alert at deploy would flood receivers with
deadlines nobody was held to).

Revision ID: 9e3b6f1a2c74
Revises: 5b0e7c2a9d41
Create Date: 2026-12-06 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9e3b6f1a2c74"
down_revision: str | None = "5b0e7c2a9d41"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW_ALERT_TIMES = ("acknowledge_due_at", "action_due_at", "first_action_at", "closed_at")


def upgrade() -> None:
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        for name in _NEW_ALERT_TIMES:
            batch_op.add_column(sa.Column(name, sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("closing_action", sa.String(length=40), nullable=True))
        batch_op.create_index("ix_alerts_acknowledge_due", ["acknowledge_due_at"], unique=False)
        batch_op.create_index("ix_alerts_action_due", ["action_due_at"], unique=False)
    op.create_table(
        "alert_actions",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("action_id", sa.String(length=64), nullable=False),
        sa.Column("alert_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("performed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("performed_by", sa.String(length=256), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=256), nullable=False),
        sa.Column("closes", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("org", "action_id"),
    )
    op.create_index(
        "ix_alert_actions_alert", "alert_actions", ["org", "alert_id", "recorded_at"], unique=False
    )
    op.create_table(
        "alert_escalations",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("alert_id", sa.String(length=36), nullable=False),
        sa.Column("deadline", sa.String(length=16), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "alert_id", "deadline"),
    )
    op.create_table(
        "escalation_policies",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("severities", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=256), nullable=False),
        sa.PrimaryKeyConstraint("org"),
    )


def downgrade() -> None:
    op.drop_table("escalation_policies")
    op.drop_table("alert_escalations")
    op.drop_index("ix_alert_actions_alert", table_name="alert_actions")
    op.drop_table("alert_actions")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_alerts_action_due")
        batch_op.drop_index("ix_alerts_acknowledge_due")
        batch_op.drop_column("closing_action")
        for name in reversed(_NEW_ALERT_TIMES):
            batch_op.drop_column(name)

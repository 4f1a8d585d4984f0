"""safety loop facts: what became of each alert, and the safety events

Revision ID: df9de8f1436c
Revises: 9a4f6b1d2c83
Create Date: 2026-12-06 09:41:32.637011

``fact_alerts`` gains the alert's later history (first action, 24-hour flags, escalation,
closure, safety plan, 7-day follow-up), the rule that fired and an index by patient (each
encounter page recomputes its patients' follow-ups); ``fact_safety_events`` is new.
Existing alerts get their acknowledgement flag from the stored hours; the rest starts false
(events published before the safety loop carried no actions, escalations or closures) except
the follow-up flag, which the next rebuild recomputes from the encounter facts (the metrics
service's state is rebuilt by replaying the feeds). Downgrading drops both.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "df9de8f1436c"
down_revision: str | None = "9a4f6b1d2c83"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FLAGS = (
    "acknowledged_within_24h",
    "actioned_within_24h",
    "safety_plan_recorded",
    "escalated",
    "followed_up_within_7_days",
)


def _id(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "fact_safety_events",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("quarter", sa.Date(), nullable=False),
        sa.Column("org", _id(128), nullable=False),
        sa.Column("safety_event_id", _id(64), nullable=False),
        sa.Column("kind", _id(24), nullable=False),
        sa.Column("harm_level", _id(16), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("team_id", _id(64), nullable=True),
        sa.Column("site_id", _id(64), nullable=True),
        sa.Column("patient_id", _id(64), nullable=True),
        sa.Column("encounter_id", _id(64), nullable=True),
        sa.Column("anonymous_report", sa.Boolean(), nullable=False),
        sa.Column("review_status", _id(24), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("actioned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("hours_to_review", sa.Float(), nullable=True),
        sa.Column("event_time", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("org", "safety_event_id", name=op.f("pk_fact_safety_events")),
    )
    with op.batch_alter_table("fact_safety_events") as batch:
        batch.create_index("ix_fact_safety_events_org_month", ["org", "month"], unique=False)

    with op.batch_alter_table("fact_alerts") as batch:
        batch.add_column(sa.Column("rule_id", _id(64), nullable=True))
        batch.add_column(sa.Column("severity", _id(16), nullable=True))
        batch.add_column(sa.Column("first_action_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("hours_to_first_action", sa.Float(), nullable=True))
        batch.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        for name in _FLAGS:
            batch.add_column(
                sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
            )
    with op.batch_alter_table("fact_alerts") as batch:
        batch.create_index("ix_fact_alerts_patient", ["org", "patient_id", "raised_at"])
    op.execute(
        "UPDATE fact_alerts SET acknowledged_within_24h = "
        "(hours_to_acknowledge IS NOT NULL AND hours_to_acknowledge <= 24)"
    )


def downgrade() -> None:
    with op.batch_alter_table("fact_alerts") as batch:
        batch.drop_index("ix_fact_alerts_patient")
        for name in reversed(_FLAGS):
            batch.drop_column(name)
        for name in (
            "closed_at",
            "hours_to_first_action",
            "first_action_at",
            "severity",
            "rule_id",
        ):
            batch.drop_column(name)
    with op.batch_alter_table("fact_safety_events") as batch:
        batch.drop_index("ix_fact_safety_events_org_month")
    op.drop_table("fact_safety_events")

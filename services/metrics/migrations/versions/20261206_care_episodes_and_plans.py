"""episodes of care, measurement plans, the due list's audit

Revision ID: d24a719465e0
Revises: 6b2e9d4f7a15
Create Date: 2026-12-06 13:06:01.032676

``fact_care_episodes`` holds intake's episodes of care (``episode.upserted``); encounters,
referrals and assessments gain the ``episode_id`` their events now carry, null on earlier ones
(a rebuild fills it from the feeds where the producers sent it), and encounters two indexes for
the due list (the day's sessions, an episode's sessions). ``measurement_plans`` is new and
empty: an organization has no plan until it sets one. ``audit_log`` records who read which
patient on the due list, as intake's and measures' do. Downgrading drops all of it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "d24a719465e0"
down_revision: str | None = "6b2e9d4f7a15"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WITH_EPISODE = ("fact_assessments", "fact_encounters", "fact_referrals")


def _id(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("actor", sa.String(length=256), nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("route", sa.String(length=256), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_org_patient", "audit_log", ["org", "patient_id"])
    op.create_table(
        "fact_care_episodes",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("quarter", sa.Date(), nullable=False),
        sa.Column("org", _id(128), nullable=False),
        sa.Column("episode_id", _id(64), nullable=False),
        sa.Column("patient_id", _id(64), nullable=True),
        sa.Column("status", _id(24), nullable=False),
        sa.Column("service_line", _id(64), nullable=True),
        sa.Column("team_id", _id(64), nullable=True),
        sa.Column("site_id", _id(64), nullable=True),
        sa.Column("clinician_id", _id(64), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_month", sa.Date(), nullable=True),
        sa.Column("discharge_reason", _id(32), nullable=True),
        sa.Column("redacted", sa.Boolean(), nullable=False),
        sa.Column("event_time", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("org", "episode_id", name=op.f("pk_fact_care_episodes")),
    )
    op.create_index("ix_fact_care_episodes_patient", "fact_care_episodes", ["org", "patient_id"])
    op.create_table(
        "measurement_plans",
        sa.Column("org", _id(128), nullable=False),
        sa.Column("plan_id", _id(64), nullable=False),
        sa.Column("instrument_id", _id(64), nullable=False),
        sa.Column("service_line", _id(64), nullable=False),
        sa.Column("baseline_within_sessions", sa.Integer(), nullable=False),
        sa.Column("every_sessions", sa.Integer(), nullable=True),
        sa.Column("every_days", sa.Integer(), nullable=True),
        sa.Column("grace_sessions", sa.Integer(), nullable=False),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", _id(500), nullable=True),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("set_by", _id(256), nullable=False),
        sa.PrimaryKeyConstraint("org", "plan_id", name=op.f("pk_measurement_plans")),
    )
    # Plain ALTER TABLE (no batch): on SQLite a batch copies the table and would drop the
    # encounter rollup's triggers with it.
    for table in _WITH_EPISODE:
        op.add_column(table, sa.Column("episode_id", _id(64), nullable=True))
    op.create_index("ix_fact_encounters_org_day", "fact_encounters", ["org", "day"])
    op.create_index("ix_fact_encounters_org_episode", "fact_encounters", ["org", "episode_id"])


def downgrade() -> None:
    op.drop_index("ix_fact_encounters_org_episode", table_name="fact_encounters")
    op.drop_index("ix_fact_encounters_org_day", table_name="fact_encounters")
    for table in _WITH_EPISODE:
        op.drop_column(table, "episode_id")
    op.drop_table("measurement_plans")
    op.drop_index("ix_fact_care_episodes_patient", table_name="fact_care_episodes")
    op.drop_table("fact_care_episodes")
    op.drop_index("ix_audit_log_org_patient", table_name="audit_log")
    op.drop_table("audit_log")

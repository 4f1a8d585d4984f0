"""Patients, referrals, encounters and feedback tables.

Revision ID: f9ee4a239022
Revises: 216c343fe4cd
Create Date: 2026-11-22 19:08:00.002918
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "f9ee4a239022"
down_revision: str | None = "216c343fe4cd"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "encounters",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("encounter_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        sa.Column("referral_id", sa.String(length=64), nullable=True),
        sa.Column("clinician_id", sa.String(length=64), nullable=False),
        sa.Column("team_id", sa.String(length=64), nullable=True),
        sa.Column("site_id", sa.String(length=64), nullable=False),
        sa.Column("service_line", sa.String(length=64), nullable=False),
        sa.Column("modality", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("scheduled_start", sa.String(length=40), nullable=False),
        sa.Column("scheduled_start_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("scheduled_minutes", sa.Integer(), nullable=True),
        sa.Column("actual_start", sa.String(length=40), nullable=True),
        sa.Column("actual_end", sa.String(length=40), nullable=True),
        sa.Column("cancelled_at", sa.String(length=40), nullable=True),
        sa.Column("technical_problems", sa.JSON(), nullable=True),
        sa.Column("sensitivity", sa.String(length=16), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "encounter_id", name=op.f("pk_encounters")),
    )
    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.create_index("ix_encounters_org_patient", ["org", "patient_id"], unique=False)
        batch_op.create_index("ix_encounters_org_referral", ["org", "referral_id"], unique=False)

    op.create_table(
        "feedback",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("feedback_id", sa.String(length=36), nullable=False),
        sa.Column("submission_id", sa.String(length=64), nullable=True),
        sa.Column("form_id", sa.String(length=64), nullable=False),
        sa.Column("form_version", sa.String(length=16), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=True),
        sa.Column("encounter_id", sa.String(length=64), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "feedback_id", name=op.f("pk_feedback")),
        sa.UniqueConstraint("org", "submission_id", name=op.f("uq_feedback_org_submission_id")),
    )
    op.create_table(
        "patients",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=40), nullable=True),
        sa.Column("gender_identity", sa.String(length=40), nullable=True),
        sa.Column("race", sa.JSON(), nullable=False),
        sa.Column("ethnicity", sa.String(length=40), nullable=True),
        sa.Column("preferred_language", sa.String(length=40), nullable=True),
        sa.Column("payer_type", sa.String(length=40), nullable=True),
        sa.Column("rurality", sa.String(length=40), nullable=True),
        sa.Column("sensitivity", sa.String(length=16), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "patient_id", name=op.f("pk_patients")),
    )
    op.create_table(
        "referrals",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("referral_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("service_line", sa.String(length=64), nullable=False),
        sa.Column("site_id", sa.String(length=64), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("sensitivity", sa.String(length=16), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "referral_id", name=op.f("pk_referrals")),
    )


def downgrade() -> None:

    op.drop_table("referrals")
    op.drop_table("patients")
    op.drop_table("feedback")
    with op.batch_alter_table("encounters", schema=None) as batch_op:
        batch_op.drop_index("ix_encounters_org_referral")
        batch_op.drop_index("ix_encounters_org_patient")

    op.drop_table("encounters")

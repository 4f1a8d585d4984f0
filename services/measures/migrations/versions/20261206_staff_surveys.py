"""staff surveys: campaigns, invited teams, one-time tokens (hashed) and anonymous responses

Four new tables, empty to begin with: no existing data changes.

Revision ID: 9d3f6b2e8a17
Revises: 4c8e1b7d2f90
Create Date: 2026-12-06 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "9d3f6b2e8a17"
down_revision: str | None = "4c8e1b7d2f90"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ORG = sa.String(length=128)
_ID = sa.String(length=64)


def upgrade() -> None:
    op.create_table(
        "staff_surveys",
        sa.Column("org", _ORG, nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("instruments", sa.JSON(), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=256), nullable=False),
        sa.PrimaryKeyConstraint("org", "campaign_id"),
    )
    op.create_table(
        "staff_survey_teams",
        sa.Column("org", _ORG, nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("team_id", _ID, nullable=False),
        sa.Column("site_id", _ID, nullable=True),
        sa.Column("invited", sa.Integer(), nullable=False),
        sa.Column("tokens_issued", sa.Integer(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("org", "campaign_id", "team_id"),
    )
    op.create_table(
        "staff_survey_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("org", _ORG, nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("team_id", _ID, nullable=False),
        sa.Column("spent_digest", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index(
        "ix_staff_survey_tokens_campaign", "staff_survey_tokens", ["org", "campaign_id"]
    )
    op.create_table(
        "staff_survey_responses",
        sa.Column("org", _ORG, nullable=False),
        sa.Column("response_id", sa.String(length=36), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("team_id", _ID, nullable=False),
        sa.Column("role", sa.String(length=40), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("org", "response_id"),
    )
    op.create_index(
        "ix_staff_survey_responses_team",
        "staff_survey_responses",
        ["org", "campaign_id", "team_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_staff_survey_responses_team", table_name="staff_survey_responses")
    op.drop_table("staff_survey_responses")
    op.drop_index("ix_staff_survey_tokens_campaign", table_name="staff_survey_tokens")
    op.drop_table("staff_survey_tokens")
    op.drop_table("staff_survey_teams")
    op.drop_table("staff_surveys")

"""workforce facts: staff records, establishments, staff-survey responses and invitations

Revision ID: 5b7c3e9a1f24
Revises: 7c3f0a9e5d21
Create Date: 2026-12-06 16:00:00

Four new fact tables, empty until the feeds carry ``staff.upserted``, ``establishment.upserted``
and ``staff-survey.closed`` (a rebuild replays them), and ``calendar_months``, the months from
1990 to 2099 that the stock metrics (headcount, vacancy, caseload) are measured at the end of.
No existing data changes. Downgrading drops the five tables.
"""

from collections.abc import Sequence
from datetime import date, timedelta

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "5b7c3e9a1f24"
down_revision: str | None = "7c3f0a9e5d21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIRST_YEAR, LAST_YEAR = 1990, 2099


def _id(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def _period_keys() -> list[sa.Column]:
    keys = ("day", "week", "month", "quarter")
    return [sa.Column(name, sa.Date(), nullable=False) for name in keys]


def _event_time() -> sa.Column:
    return sa.Column("event_time", sa.DateTime(timezone=True), nullable=True)


def months() -> list[dict[str, date]]:
    """Every month of the calendar with its last day, that day's ISO week and its quarter."""
    rows = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for month in range(1, 13):
            first = date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            last = following - timedelta(days=1)
            rows.append(
                {
                    "month": first,
                    "last_day": last,
                    "week": last - timedelta(days=last.weekday()),
                    "quarter": date(year, 3 * ((month - 1) // 3) + 1, 1),
                }
            )
    return rows


def upgrade() -> None:
    op.create_table(
        "fact_staff",
        sa.Column("org", _id(128), nullable=False),
        sa.Column("staff_id", _id(64), nullable=False),
        sa.Column("team_id", _id(64), nullable=True),
        sa.Column("site_id", _id(64), nullable=True),
        sa.Column("role", _id(32), nullable=False),
        sa.Column("fte", sa.Float(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("leaving_reason", _id(32), nullable=True),
        sa.Column("entered_in_error", sa.Boolean(), nullable=False),
        _event_time(),
        sa.PrimaryKeyConstraint("org", "staff_id"),
    )
    op.create_index("ix_fact_staff_org_team", "fact_staff", ["org", "team_id"])
    op.create_table(
        "fact_establishments",
        sa.Column("org", _id(128), nullable=False),
        sa.Column("team_id", _id(64), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("site_id", _id(64), nullable=True),
        sa.Column("funded_fte", sa.Float(), nullable=False),
        _event_time(),
        sa.PrimaryKeyConstraint("org", "team_id", "effective_from"),
    )
    op.create_table(
        "fact_survey_responses",
        *_period_keys(),
        sa.Column("org", _id(128), nullable=False),
        sa.Column("campaign_id", _id(64), nullable=False),
        sa.Column("team_id", _id(64), nullable=False),
        sa.Column("response_no", sa.Integer(), nullable=False),
        sa.Column("site_id", _id(64), nullable=True),
        sa.Column("role", _id(32), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("burnout", sa.Boolean(), nullable=True),
        sa.Column("joy", sa.Float(), nullable=True),
        sa.Column("supportive_environment", sa.Float(), nullable=True),
        sa.Column("work_pace", sa.Float(), nullable=True),
        sa.Column("psych_safety", sa.Float(), nullable=True),
        sa.Column("ehr_after_hours", sa.Boolean(), nullable=True),
        sa.Column("intent_to_leave", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("org", "campaign_id", "team_id", "response_no"),
    )
    op.create_index("ix_fact_survey_responses_org_month", "fact_survey_responses", ["org", "month"])
    op.create_table(
        "fact_survey_invitations",
        *_period_keys(),
        sa.Column("org", _id(128), nullable=False),
        sa.Column("campaign_id", _id(64), nullable=False),
        sa.Column("team_id", _id(64), nullable=False),
        sa.Column("site_id", _id(64), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("invited", sa.Integer(), nullable=False),
        sa.Column("responses", sa.Integer(), nullable=False),
        _event_time(),
        sa.PrimaryKeyConstraint("org", "campaign_id", "team_id"),
    )
    calendar = op.create_table(
        "calendar_months",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("quarter", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("month"),
    )
    op.bulk_insert(calendar, months())


def downgrade() -> None:
    op.drop_table("calendar_months")
    op.drop_table("fact_survey_invitations")
    op.drop_index("ix_fact_survey_responses_org_month", table_name="fact_survey_responses")
    op.drop_table("fact_survey_responses")
    op.drop_table("fact_establishments")
    op.drop_index("ix_fact_staff_org_team", table_name="fact_staff")
    op.drop_table("fact_staff")

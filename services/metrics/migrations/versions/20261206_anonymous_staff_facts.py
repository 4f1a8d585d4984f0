"""anonymous staff facts: remove identities and exact times from stored well-being answers

Measures no longer accepts, stores or publishes a staff member's identity with an answer to a
staff instrument (the burnout item), and coarsens its times to the start of its period. Facts
that metrics applied from earlier events still hold the clinician's id (and, from FHIR, a
patient reference) and the exact completion and event times. This removes the ids and moves
the times to the start of the period, the way measures now publishes them, so that a replay of
the scrubbed feed gives the same rows. The period keys are recomputed from the coarse time
(week, month and quarter are unchanged by construction; the day becomes the period's start).

The downgrade does nothing: the removed identities and times cannot be brought back.

Revision ID: 9a4f6b1d2c83
Revises: 4d7e2b9c1a60
Create Date: 2026-12-06 04:30:00
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "9a4f6b1d2c83"
down_revision: str | None = "4d7e2b9c1a60"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The measures catalog's instruments whose subject is staff when this migration was written.
STAFF_INSTRUMENTS = ("burnout1",)
_TIME = sa.DateTime(timezone=True)

facts = sa.table(
    "fact_assessments",
    sa.column("org", sa.String),
    sa.column("assessment_id", sa.String),
    sa.column("instrument_id", sa.String),
    sa.column("patient_id", sa.String),
    sa.column("clinician_id", sa.String),
    sa.column("completed_at", _TIME),
    sa.column("event_time", _TIME),
    sa.column("day", sa.Date),
    sa.column("week", sa.Date),
    sa.column("month", sa.Date),
    sa.column("quarter", sa.Date),
)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _period_start(moment: datetime) -> datetime:
    """The Monday of the ISO week, or the 1st of the month when that Monday is in the month
    before (a frozen copy of measures' rule for new staff answers)."""
    day = _utc(moment).date()
    start = max(day - timedelta(days=day.weekday()), day.replace(day=1))
    return datetime(start.year, start.month, start.day, tzinfo=UTC)


def _keys(day: date) -> dict[str, date]:
    return {
        "day": day,
        "week": day - timedelta(days=day.weekday()),
        "month": day.replace(day=1),
        "quarter": date(day.year, 3 * ((day.month - 1) // 3) + 1, 1),
    }


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            facts.c.org, facts.c.assessment_id, facts.c.completed_at, facts.c.event_time
        ).where(facts.c.instrument_id.in_(STAFF_INSTRUMENTS))
    ).all()
    for row in rows:
        coarse = _period_start(row.completed_at)
        connection.execute(
            facts.update()
            .where(facts.c.org == row.org, facts.c.assessment_id == row.assessment_id)
            .values(
                patient_id=None,
                clinician_id=None,
                completed_at=coarse,
                event_time=None if row.event_time is None else _period_start(row.event_time),
                **_keys(coarse.date()),
            )
        )


def downgrade() -> None:
    """Nothing to undo in the schema; the removed identities cannot be restored."""

"""closing period keys of care episodes

Revision ID: df98d676e3c6
Revises: fe271c5252a7
Create Date: 2026-12-06 13:57:21.315735

The fidelity metrics (dropout, paired-score completeness, finished courses, episode length)
count a closed episode in the week, month or quarter it closed: ``fact_care_episodes`` gains
``closed_week`` and ``closed_quarter`` beside ``closed_month``, and ``length_days`` (days from
opening to closing), filled here for the episodes already closed (weeks start on Monday, as
every period key). ``fact_assessments`` gains an index on its episode, which the metrics
count each episode's assessments by (encounters have one). Downgrading drops all of it.
"""

from collections.abc import Sequence
from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

revision: str = "df98d676e3c6"
down_revision: str | None = "fe271c5252a7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EPISODES = sa.table(
    "fact_care_episodes",
    sa.column("org", sa.String),
    sa.column("episode_id", sa.String),
    sa.column("opened_on", sa.Date),
    sa.column("closed_on", sa.Date),
    sa.column("closed_week", sa.Date),
    sa.column("closed_quarter", sa.Date),
    sa.column("length_days", sa.Integer),
)


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def upgrade() -> None:
    with op.batch_alter_table("fact_care_episodes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_week", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("closed_quarter", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("length_days", sa.Integer(), nullable=True))
    op.create_index("ix_fact_assessments_org_episode", "fact_assessments", ["org", "episode_id"])
    connection = op.get_bind()
    closed = connection.execute(
        sa.select(
            _EPISODES.c.org, _EPISODES.c.episode_id, _EPISODES.c.opened_on, _EPISODES.c.closed_on
        ).where(_EPISODES.c.closed_on.is_not(None))
    ).all()
    for org, episode_id, opened_on, closed_on in closed:
        day = _day(closed_on)
        connection.execute(
            _EPISODES.update()
            .where(_EPISODES.c.org == org, _EPISODES.c.episode_id == episode_id)
            .values(
                closed_week=day - timedelta(days=day.weekday()),
                closed_quarter=date(day.year, 3 * ((day.month - 1) // 3) + 1, 1),
                length_days=(day - _day(opened_on)).days,
            )
        )


def downgrade() -> None:
    op.drop_index("ix_fact_assessments_org_episode", table_name="fact_assessments")
    with op.batch_alter_table("fact_care_episodes", schema=None) as batch_op:
        batch_op.drop_column("length_days")
        batch_op.drop_column("closed_quarter")
        batch_op.drop_column("closed_week")

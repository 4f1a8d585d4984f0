"""Episodes of care, and the episode encounters and referrals name (``episode_id``).

Existing encounters and referrals keep a null ``episode_id``: they were sent before episodes
existed, and intake does not guess one for them.

Revision ID: 4017249db6c5
Revises: e5ec96bbdb55
Create Date: 2026-12-06 13:06:35.566753
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4017249db6c5"
down_revision: str | None = "e5ec96bbdb55"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "episodes",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("episode_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("service_line", sa.String(length=64), nullable=False),
        sa.Column("team_id", sa.String(length=64), nullable=True),
        sa.Column("site_id", sa.String(length=64), nullable=True),
        sa.Column("clinician_id", sa.String(length=64), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("discharge_reason", sa.String(length=32), nullable=True),
        sa.Column("sensitivity", sa.String(length=16), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "episode_id", name=op.f("pk_episodes")),
    )
    with op.batch_alter_table("episodes", schema=None) as batch_op:
        batch_op.create_index("ix_episodes_org_opened", ["org", "opened_on"], unique=False)
        batch_op.create_index("ix_episodes_org_patient", ["org", "patient_id"], unique=False)
    for table in ("encounters", "referrals"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("episode_id", sa.String(length=64), nullable=True))


def downgrade() -> None:
    for table in ("referrals", "encounters"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("episode_id")
    with op.batch_alter_table("episodes", schema=None) as batch_op:
        batch_op.drop_index("ix_episodes_org_patient")
        batch_op.drop_index("ix_episodes_org_opened")
    op.drop_table("episodes")

"""consumer heartbeats: each consumer process says it is alive, apart from the pages it applies

Revision ID: 7c3f0a9e5d21
Revises: 5c1d7e3a9b24
Create Date: 2026-12-06 15:30:00.000000

A new table, nothing migrated: a lease whose holder has no heartbeat row (one taken before this
revision, or by a rebuild) keeps the old rule and lasts until it expires. Leases get
``taken_at``, when their holder took them; an existing lease's stays null (its holder's last
"caught up" is then trusted, as before). Downgrading drops both.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "7c3f0a9e5d21"
down_revision: str | None = "5c1d7e3a9b24"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "consumer_heartbeats",
        sa.Column("holder", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("holder"),
    )
    with op.batch_alter_table("consumer_leases") as batch:
        batch.add_column(sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consumer_leases") as batch:
        batch.drop_column("taken_at")
    op.drop_table("consumer_heartbeats")

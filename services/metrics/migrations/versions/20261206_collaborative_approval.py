"""collaboratives have an owner; joining is an application an owner or facilitator decides

Revision ID: 3e9d7c51a0b4
Revises: 8f3a2c6d1e07
Create Date: 2026-12-06 03:30:00.000000

Existing members were opted in without approval; they keep what they had: each becomes an
``approved`` member (decided when it joined). Each existing collaborative's owner is its
earliest member (ties by org id), who also gets the ``owner`` role; a collaborative without
members keeps no owner (nobody can rename it; its id is no longer claimable, since ids are now
made by the server). Downgrading drops the columns, and with them pending and declined
applications' meaning: those rows are deleted first so that they do not turn into members.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3e9d7c51a0b4"
down_revision: str | None = "8f3a2c6d1e07"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("collaboratives") as batch:
        batch.add_column(sa.Column("owner_org", sa.String(length=128), nullable=True))
    with op.batch_alter_table("collaborative_members") as batch:
        batch.add_column(
            sa.Column("status", sa.String(length=16), nullable=False, server_default="approved")
        )
        batch.add_column(
            sa.Column("role", sa.String(length=16), nullable=False, server_default="member")
        )
        batch.add_column(sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE collaborative_members SET decided_at = joined_at")
    op.execute(
        "UPDATE collaboratives SET owner_org = (SELECT m.org FROM collaborative_members m "
        "WHERE m.collaborative_id = collaboratives.collaborative_id "
        "ORDER BY m.joined_at, m.org LIMIT 1)"
    )
    op.execute(
        "UPDATE collaborative_members SET role = 'owner' WHERE EXISTS (SELECT 1 FROM "
        "collaboratives c WHERE c.collaborative_id = collaborative_members.collaborative_id "
        "AND c.owner_org = collaborative_members.org)"
    )
    # New rows state their status and role; the defaults only served the existing rows.
    with op.batch_alter_table("collaborative_members") as batch:
        batch.alter_column("status", server_default=None)
        batch.alter_column("role", server_default=None)


def downgrade() -> None:
    op.execute("DELETE FROM collaborative_members WHERE status <> 'approved'")
    with op.batch_alter_table("collaborative_members") as batch:
        batch.drop_column("decided_at")
        batch.drop_column("role")
        batch.drop_column("status")
    with op.batch_alter_table("collaboratives") as batch:
        batch.drop_column("owner_org")

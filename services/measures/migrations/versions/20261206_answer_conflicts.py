"""assessments.answer_conflicts: FHIR answers whose weight and code disagreed

Revision ID: 7c4e2a91d3b5
Revises: f8de26087ae2
Create Date: 2026-12-06 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "7c4e2a91d3b5"
down_revision: str | None = "f8de26087ae2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing rows had no conflict recorded: they get the empty list.
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("answer_conflicts", sa.JSON(), server_default=sa.text("'[]'"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_column("answer_conflicts")

"""Consumers' voice: the org's feedback themes, submissions' tags and their history, "you said,
we did" responses, and the index the feedback listing pages on.

Revision ID: d52e1b49f879
Revises: 7da9d839c7ae
Create Date: 2026-12-06 12:29:50.518157
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d52e1b49f879"
down_revision: str | None = "7da9d839c7ae"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feedback_themes",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=2000), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "code", name=op.f("pk_feedback_themes")),
    )
    op.create_table(
        "feedback_theme_tags",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("feedback_id", sa.String(length=36), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "feedback_id", name=op.f("pk_feedback_theme_tags")),
    )
    op.create_table(
        "feedback_theme_tagging",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("feedback_id", sa.String(length=36), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=256), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_theme_tagging")),
    )
    with op.batch_alter_table("feedback_theme_tagging", schema=None) as batch_op:
        batch_op.create_index(
            "ix_feedback_theme_tagging_org_feedback", ["org", "feedback_id"], unique=False
        )
    op.create_table(
        "feedback_responses",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("response_id", sa.String(length=64), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("you_said", sa.Text(), nullable=False),
        sa.Column("we_did", sa.Text(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=True),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("org", "response_id", name=op.f("pk_feedback_responses")),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index(
            "ix_feedback_org_received", ["org", "received_at", "feedback_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_org_received")
    op.drop_table("feedback_responses")
    with op.batch_alter_table("feedback_theme_tagging", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_theme_tagging_org_feedback")
    op.drop_table("feedback_theme_tagging")
    op.drop_table("feedback_theme_tags")
    op.drop_table("feedback_themes")

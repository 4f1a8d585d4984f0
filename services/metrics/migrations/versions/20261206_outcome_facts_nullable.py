"""outcome facts: null for a patient the outcome does not apply to

Revision ID: 4d7e2b9c1a60
Revises: 3e9d7c51a0b4
Create Date: 2026-12-06 04:10:00.000000

Measures now sends ``null`` (not ``false``) for an outcome a patient is not eligible for:
recovery, response and remission only apply to patients who were cases at baseline, and
reliable change only where the instrument has a reliable-change value. The outcome columns of
``fact_assessments`` and ``fact_episodes`` become nullable, and the facts already stored are
recomputed in place rather than rebuilt from the feeds (the events measures published before
this change still carry ``false``, so a replay could not tell them apart):

* recovery, response and remission become null on every follow-up, and every episode, whose
  baseline fact was not a case (its ``caseness`` is not true);
* reliable improvement and deterioration become null on the instruments whose catalog had no
  reliable-change value when this migration was written (listed below: an organisation cannot
  add one through its settings);
* an episode without an outcome assessment carries null flags.

``fact_episodes`` also gains ``response`` (for the ``mbc-response`` metric), filled from the
outcome assessment's fact, null where the baseline was not a case.

The downgrade drops ``fact_episodes.response``, turns nulls back into ``false`` and the columns
back to NOT NULL.
"""

# ruff: noqa: S608  (the SQL is assembled from this module's constants only; no input)

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "4d7e2b9c1a60"
down_revision: str | None = "3e9d7c51a0b4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {
    "fact_assessments": (
        "reliable_improvement", "reliable_deterioration", "recovery", "remission", "response",
    ),
    "fact_episodes": ("reliable_improvement", "reliable_deterioration", "recovery", "remission"),
}  # fmt: skip
CASE_ONLY = ("recovery", "remission", "response")
#: Catalog instruments with a total and no reliable-change value (measures catalog, v1).
NO_RELIABLE_CHANGE = (
    "auditc", "burnout1", "gad2", "k10", "k6", "pcptsd5", "phq2", "phq8", "phqa",
)  # fmt: skip


def _alter(nullable: bool) -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.alter_column(column, existing_type=sa.Boolean(), nullable=nullable)


def upgrade() -> None:
    _alter(nullable=True)
    with op.batch_alter_table("fact_episodes") as batch:
        batch.add_column(sa.Column("response", sa.Boolean(), nullable=True))
    no_rc = ", ".join(f"'{i}'" for i in NO_RELIABLE_CHANGE)
    not_a_case = (
        "NOT EXISTS (SELECT 1 FROM fact_assessments b WHERE b.org = {t}.org "
        "AND b.assessment_id = {t}.baseline_assessment_id AND b.caseness = TRUE)"
    )
    for table, columns in COLUMNS.items():
        case_only = ", ".join(f"{c} = NULL" for c in columns if c in CASE_ONLY)
        follow_up = (
            "baseline_assessment_id IS NOT NULL AND baseline_assessment_id <> assessment_id"
            if table == "fact_assessments"
            else "TRUE"
        )
        op.execute(
            f"UPDATE {table} SET {case_only} WHERE {follow_up} AND " + not_a_case.format(t=table)
        )
        op.execute(
            f"UPDATE {table} SET reliable_improvement = NULL, reliable_deterioration = NULL "
            f"WHERE instrument_id IN ({no_rc})"
        )
    nulls = ", ".join(f"{c} = NULL" for c in COLUMNS["fact_episodes"])
    op.execute(f"UPDATE fact_episodes SET {nulls} WHERE outcome_assessment_id IS NULL")
    op.execute(
        "UPDATE fact_episodes SET response = (SELECT o.response FROM fact_assessments o "
        "WHERE o.org = fact_episodes.org AND o.assessment_id = fact_episodes.outcome_assessment_id)"
    )
    op.execute(
        "UPDATE fact_assessments SET "
        + ", ".join(f"{c} = NULL" for c in COLUMNS["fact_assessments"])
        + " WHERE baseline_assessment_id IS NULL OR baseline_assessment_id = assessment_id"
    )


def downgrade() -> None:
    with op.batch_alter_table("fact_episodes") as batch:
        batch.drop_column("response")
    for table, columns in COLUMNS.items():
        for column in columns:
            op.execute(f"UPDATE {table} SET {column} = FALSE WHERE {column} IS NULL")
    _alter(nullable=False)

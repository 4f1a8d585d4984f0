"""the feedback and referral indexes cover their metrics' columns

Revision ID: 8f3a2c6d1e07
Revises: 5c1e0b7a9d42
Create Date: 2026-12-03 07:00:00.000000

``ix_fact_feedback_org_form_month`` (org, form_id, month) and ``ix_fact_referrals_org_month``
(org, month) found a month's rows, and each row was then read from the table. Each index now
also holds every column its metrics read (feedback: the patient for ``n``, the scored and
top-box item counts, the mean, the modality filter; referrals: the wait, the patient, the
service-line filter and the site), so an org-level monthly query is answered from the index
alone. On 100,000 feedback rows, 109 -> 27 ms; on 50,000 referrals, 196 -> 42 ms (SQLite,
benchmarks/README.md). The number of indexes a fact row writes is unchanged; entries are
wider.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "8f3a2c6d1e07"
down_revision: str | None = "5c1e0b7a9d42"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: name -> (table, key columns, columns added to cover the metrics)
INDEXES = {
    "ix_fact_feedback_org_form_month": (
        "fact_feedback",
        ["org", "form_id", "month"],
        ["patient_id", "items_scored", "top_box_items", "mean", "modality"],
    ),
    "ix_fact_referrals_org_month": (
        "fact_referrals",
        ["org", "month"],
        ["access_days", "patient_id", "service_line", "site_id"],
    ),
}


def upgrade() -> None:
    for name, (table, key, covered) in INDEXES.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, key + covered)


def downgrade() -> None:
    for name, (table, key, _covered) in INDEXES.items():
        op.drop_index(name, table_name=table)
        op.create_index(name, table, key)

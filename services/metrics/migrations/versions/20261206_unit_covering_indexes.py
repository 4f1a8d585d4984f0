"""unit covering indexes of encounters

Revision ID: 5d0c3a7e9b21
Revises: 7d3c1a9e5b20
Create Date: 2026-12-06 16:15:00

Unit-level encounter metrics (clinician, team, site) read the facts: the rollup keeps no unit.
Each level gets an index leading with the org and its unit column, then the month and the
patient, then every column the encounter metrics and their filters read, so that all units of
a level are one ordered index-only scan (no table lookups, no sort for ``GROUP BY unit,
month``) and one unit (a clinician's report) is a range of it. Figures and plans:
benchmarks/README.md ("2026-12-06, afternoon: every level against 200 ms"). Downgrading drops them.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "5d0c3a7e9b21"
down_revision: str | None = "7d3c1a9e5b20"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: After org and the unit: what a unit-level encounter metric reads (models/facts.py).
COVERED = (
    "month", "patient_id", "status", "modality", "service_line", "technical_problem",
    "assessed_within_7_days", "late_cancellation", "switched_to_phone", "minutes_lost",
    "week", "quarter", "day",
)  # fmt: skip
UNITS = ("clinician_id", "team_id", "site_id")


def _name(unit: str) -> str:
    return f"ix_fact_encounters_org_{unit.removesuffix('_id')}_covering"


def upgrade() -> None:
    for unit in UNITS:
        op.create_index(_name(unit), "fact_encounters", ["org", unit, *COVERED])


def downgrade() -> None:
    for unit in UNITS:
        op.drop_index(_name(unit), table_name="fact_encounters")

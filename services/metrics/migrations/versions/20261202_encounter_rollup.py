"""encounter rollup: patients per period, kept by triggers

Revision ID: 5c1e0b7a9d42
Revises: b6df482e10c2
Create Date: 2026-12-02 19:45:00.000000

``rollup_encounter_patients`` holds, per org, period (week, month and quarter) and patient, the
counts the org-level encounter metrics add up (``services.metrics.compute_rollup``), so that
their ``n`` is a count of rows instead of a ``COUNT(DISTINCT patient_id)`` over the facts.
Triggers on ``fact_encounters`` keep it in the transaction of every write to the facts (the
feed consumer's upserts, the MBC flag updates, a rebuild's deletes, bulk inserts), so it cannot
drift from them. The upgrade backfills it from the facts already stored; no rebuild is needed.

The counter definitions are written out here rather than imported, so that this migration
keeps creating what it created when the model changes later.
"""

# ruff: noqa: S608  (the SQL is assembled from this module's constants only; no input)

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5c1e0b7a9d42"
down_revision: str | None = "b6df482e10c2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "rollup_encounter_patients"
GRAINS = ("week", "month", "quarter")
ENGAGED = "('fulfilled', 'no-show', 'cancelled-by-patient')"
MODALITIES = {"in_person": "in-person", "video": "video", "phone": "phone"}
#: Column -> (condition on the fact row ``R``, value counted). Rows outside ENGAGED never count.
MEASURES = {
    "engaged": ("TRUE", "1"),
    "kept": ("R.status = 'fulfilled'", "1"),
    "no_show": ("R.status = 'no-show'", "1"),
    "late_cancel": ("R.status = 'cancelled-by-patient' AND R.late_cancellation", "1"),
    "problem": ("R.status = 'fulfilled' AND R.technical_problem", "1"),
    "minutes": ("R.status = 'fulfilled'", "R.minutes_lost"),
    "switched": ("R.status = 'fulfilled' AND R.switched_to_phone", "1"),
    "assessed": ("R.status = 'fulfilled' AND R.assessed_within_7_days", "1"),
}
COUNTERS = {
    **{f"{m}_{x}": (m, x) for m in ("engaged", "kept", "no_show", "late_cancel") for x in MODALITIES},
    "problem_video": ("problem", "video"),
    "problem_phone": ("problem", "phone"),
    "minutes_video": ("minutes", "video"),
    "minutes_phone": ("minutes", "phone"),
    "switched_video": ("switched", "video"),
    **{f"assessed_{x}": ("assessed", x) for x in MODALITIES},
}  # fmt: skip
#: The fact columns a counter or a key reads: an update that changes none of them is skipped.
READ = (
    "patient_id", "modality", "status", "late_cancellation", "technical_problem",
    "minutes_lost", "switched_to_phone", "assessed_within_7_days", "week", "month", "quarter",
)  # fmt: skip
KEYS = ("org", "patient_id", "week", "month", "quarter")
ENGAGED_SUM = " + ".join(f"engaged_{x}" for x in MODALITIES)


def _value(column: str, row: str) -> str:
    measure, modality = COUNTERS[column]
    condition, value = MEASURES[measure]
    condition = f"R.modality = '{MODALITIES[modality]}' AND {condition}"
    return f"CASE WHEN {condition} THEN {value} ELSE 0 END".replace("R.", f"{row}.")


def _add(row: str, table: str, *, less: str | None = None) -> str:
    """Upsert the row's contribution to its three periods (adds to what is stored); with
    ``less``, the contribution of that row is taken off (both rows have the same keys)."""
    names = ", ".join(COUNTERS)

    def counted(column: str) -> str:
        if less is None:
            return _value(column, row)
        return f"({_value(column, row)}) - ({_value(column, less)})"

    values = ", ".join(
        f"({row}.org, '{grain}', {row}.{grain}, COALESCE({row}.patient_id, ''), "
        + ", ".join(counted(c) for c in COUNTERS)
        + ")"
        for grain in GRAINS
    )
    sums = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in COUNTERS)
    return (
        f"INSERT INTO {TABLE} (org, grain, period, patient_id, {names}) VALUES {values} "
        f"ON CONFLICT (org, grain, period, patient_id) DO UPDATE SET {sums}"
    )


def _remove(row: str) -> list[str]:
    """Subtract the row's contribution from its three periods, then drop emptied rows.

    One statement per grain, each naming its whole key: an ``OR`` of the three keys makes
    SQLite scan the org's rows instead of seeking the primary key.
    """
    minus = ", ".join(f"{c} = {c} - {_value(c, row)}" for c in COUNTERS)
    statements = []
    for grain in GRAINS:
        where = (
            f"org = {row}.org AND grain = '{grain}' AND period = {row}.{grain} "
            f"AND patient_id = COALESCE({row}.patient_id, '')"
        )
        statements.append(f"UPDATE {TABLE} SET {minus} WHERE {where}")
        statements.append(f"DELETE FROM {TABLE} WHERE {where} AND {ENGAGED_SUM} = 0")
    return statements


def _changed(distinct: str) -> str:
    return "(" + " OR ".join(f"OLD.{c} {distinct} NEW.{c}" for c in READ) + ")"


def _in_place(same: str) -> str:
    """Both states count and share their rollup rows: one upsert of the difference will do
    (the common update: the MBC flag or a problem report on a kept session)."""
    keys = " AND ".join(f"OLD.{c} {same} NEW.{c}" for c in KEYS)
    return f"(OLD.status IN {ENGAGED} AND NEW.status IN {ENGAGED} AND {keys})"


def _sqlite_triggers() -> list[str]:
    changed = _changed("IS NOT")
    in_place = _in_place("IS")
    removed = "; ".join(_remove("OLD"))
    return [
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON fact_encounters "
        f"WHEN NEW.status IN {ENGAGED} BEGIN {_add('NEW', TABLE)}; END",
        f"CREATE TRIGGER {TABLE}_update_in_place AFTER UPDATE ON fact_encounters "
        f"WHEN {changed} AND {in_place} BEGIN {_add('NEW', TABLE, less='OLD')}; END",
        f"CREATE TRIGGER {TABLE}_update_old AFTER UPDATE ON fact_encounters "
        f"WHEN OLD.status IN {ENGAGED} AND {changed} AND NOT {in_place} BEGIN {removed}; END",
        f"CREATE TRIGGER {TABLE}_update_new AFTER UPDATE ON fact_encounters "
        f"WHEN NEW.status IN {ENGAGED} AND {changed} AND NOT {in_place} "
        f"BEGIN {_add('NEW', TABLE)}; END",
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON fact_encounters "
        f"WHEN OLD.status IN {ENGAGED} BEGIN {removed}; END",
    ]


def _postgresql_triggers() -> list[str]:
    removed = "; ".join(_remove("OLD"))
    function = f"""
CREATE FUNCTION {TABLE}_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Nested IFs: OLD and NEW are only read in the operations that have them.
    IF TG_OP = 'UPDATE' THEN
        IF NOT {_changed("IS DISTINCT FROM")} THEN
            RETURN NULL;
        END IF;
        IF {_in_place("IS NOT DISTINCT FROM")} THEN
            {_add("NEW", TABLE, less="OLD")};
            RETURN NULL;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.status IN {ENGAGED} THEN
            {removed};
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.status IN {ENGAGED} THEN
            {_add("NEW", TABLE)};
        END IF;
    END IF;
    RETURN NULL;
END
$$"""
    return [
        function,
        f"CREATE TRIGGER {TABLE}_apply AFTER INSERT OR UPDATE OR DELETE ON fact_encounters "
        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_apply()",
    ]


def recomputed(grain: str) -> str:
    """The rollup rows of one grain, computed from the facts alone (what the triggers keep)."""
    sums = ", ".join(f"SUM({_value(c, 'fact_encounters')})" for c in COUNTERS)
    return (
        f"SELECT org, '{grain}', {grain}, COALESCE(patient_id, ''), {sums} "
        f"FROM fact_encounters WHERE status IN {ENGAGED} "
        f"GROUP BY org, {grain}, COALESCE(patient_id, '')"
    )


def _backfill() -> list[str]:
    names = ", ".join(COUNTERS)
    return [
        f"INSERT INTO {TABLE} (org, grain, period, patient_id, {names}) {recomputed(grain)}"
        for grain in GRAINS
    ]


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        TABLE,
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("grain", sa.String(length=8), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("patient_id", sa.String(length=64), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in COUNTERS),
        sa.PrimaryKeyConstraint(
            "org", "grain", "period", "patient_id", name=op.f("pk_rollup_encounter_patients")
        ),
        sqlite_with_rowid=False,
    )
    # ### end Alembic commands ###
    dialect = op.get_bind().dialect.name
    for statement in _postgresql_triggers() if dialect == "postgresql" else _sqlite_triggers():
        op.execute(statement)
    for statement in _backfill():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER {TABLE}_apply ON fact_encounters")
        op.execute(f"DROP FUNCTION {TABLE}_apply()")
    else:
        for suffix in ("insert", "update_in_place", "update_old", "update_new", "delete"):
            op.execute(f"DROP TRIGGER {TABLE}_{suffix}")
    op.drop_table(TABLE)

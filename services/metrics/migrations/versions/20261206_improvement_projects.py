"""improvement projects and their PDSA cycles replace QI interventions

Revision ID: 7d3c1a9e5b20
Revises: 5b7c3e9a1f24
Create Date: 2026-12-06 15:40:00.000000

Two new tables, ``improvement_projects`` and ``improvement_cycles``. Each existing intervention
becomes a project with one cycle, both under the intervention's id (so the deprecated
``/v1/interventions/{id}`` routes and the charts' marks keep their ids): the project's aim is
the intervention's metric, level, unit and period, with no baseline, target or date yet; its
title is the intervention's; it is active and private. The cycle keeps the title, the start
date and the description (as its planned change); nothing has been acted on. Then
``interventions`` is dropped. Downgrading rebuilds ``interventions`` from every cycle that has
a start date (with its project's aim) and drops the new tables: what interventions never held
(aims, cycles without a start, decisions, lessons, sharing) is lost.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "7d3c1a9e5b20"
down_revision: str | None = "5b7c3e9a1f24"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def _create_new_tables() -> None:
    op.create_table(
        "improvement_projects",
        sa.Column("org", _id(128), nullable=False),
        sa.Column("project_id", _id(64), nullable=False),
        sa.Column("title", _id(200), nullable=False),
        sa.Column("metric_id", _id(64), nullable=False),
        sa.Column("level", _id(16), nullable=False),
        sa.Column("unit_id", _id(64), nullable=False),
        sa.Column("period", _id(8), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("by_when", sa.Date(), nullable=True),
        sa.Column("team", sa.Text(), nullable=True),
        sa.Column("change_ideas", sa.JSON(), nullable=False),
        sa.Column("status", _id(16), nullable=False),
        sa.Column("shared_with", _id(64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", _id(256), nullable=False),
        sa.PrimaryKeyConstraint("org", "project_id"),
    )
    op.create_index(
        "ix_improvement_projects_shared", "improvement_projects", ["shared_with", "metric_id"]
    )
    op.create_table(
        "improvement_cycles",
        sa.Column("org", _id(128), nullable=False),
        sa.Column("cycle_id", _id(64), nullable=False),
        sa.Column("project_id", _id(64), nullable=False),
        sa.Column("title", _id(200), nullable=False),
        sa.Column("change", sa.Text(), nullable=True),
        sa.Column("prediction", sa.Text(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("act", _id(16), nullable=True),
        sa.Column("lessons", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", _id(256), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", _id(256), nullable=False),
        sa.PrimaryKeyConstraint("org", "cycle_id"),
    )
    op.create_index("ix_improvement_cycles_project", "improvement_cycles", ["org", "project_id"])


def upgrade() -> None:
    _create_new_tables()
    # Plain SQL that reads the same on SQLite and PostgreSQL; '[]' is the empty JSON list.
    op.execute(
        "INSERT INTO improvement_projects (org, project_id, title, metric_id, level, unit_id, "
        "period, change_ideas, status, updated_at, updated_by) "
        "SELECT org, intervention_id, title, metric_id, level, unit_id, period, '[]', "
        "'active', created_at, created_by FROM interventions"
    )
    op.execute(
        "INSERT INTO improvement_cycles (org, cycle_id, project_id, title, change, started_on, "
        "created_at, created_by, updated_at, updated_by) "
        "SELECT org, intervention_id, intervention_id, title, description, started_on, "
        "created_at, created_by, created_at, created_by FROM interventions"
    )
    op.drop_index("ix_interventions_org_metric", table_name="interventions")
    op.drop_table("interventions")


def downgrade() -> None:
    op.create_table(
        "interventions",
        sa.Column("org", sa.String(length=128), nullable=False),
        sa.Column("intervention_id", sa.String(length=36), nullable=False),
        sa.Column("metric_id", sa.String(length=64), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=256), nullable=False),
        sa.PrimaryKeyConstraint("org", "intervention_id", name=op.f("pk_interventions")),
    )
    op.create_index("ix_interventions_org_metric", "interventions", ["org", "metric_id"])
    # Cycle ids longer than an intervention id (36) cannot go back; they are lost.
    op.execute(
        "INSERT INTO interventions (org, intervention_id, metric_id, level, unit_id, period, "
        "started_on, title, description, created_at, created_by) "
        "SELECT c.org, c.cycle_id, p.metric_id, p.level, p.unit_id, p.period, c.started_on, "
        "c.title, c.change, c.created_at, c.created_by FROM improvement_cycles c "
        "JOIN improvement_projects p ON p.org = c.org AND p.project_id = c.project_id "
        "WHERE c.started_on IS NOT NULL AND length(c.cycle_id) <= 36"
    )
    op.drop_index("ix_improvement_cycles_project", table_name="improvement_cycles")
    op.drop_table("improvement_cycles")
    op.drop_index("ix_improvement_projects_shared", table_name="improvement_projects")
    op.drop_table("improvement_projects")

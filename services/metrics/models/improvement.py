"""``improvement_projects`` and ``improvement_cycles``: an organization's improvement work.

A project has an aim (a metric at one unit, its baseline and target and a date to reach it),
a team, change ideas and a status; it is private to its organization unless shared with one
collaborative the organization is an approved member of. Its PDSA cycles each test one change.
A cycle's id is unique within its organization (not only within its project), so that the
deprecated ``/v1/interventions/{id}`` routes, whose ids are cycle ids, keep one answer per id.
The free text (title, team, change ideas, plan, lessons) is the organization's own words,
never patient data.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field

from services.metrics.models.base import ID_LENGTH, ORG_LENGTH, MetricsTable, utc_field


class ImprovementProject(MetricsTable, table=True):
    """One project of one organization; ``shared_with`` is a collaborative id or None."""

    __tablename__ = "improvement_projects"
    __table_args__ = (Index("ix_improvement_projects_shared", "shared_with", "metric_id"),)

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    project_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    title: str = Field(max_length=200)
    metric_id: str = Field(max_length=ID_LENGTH)
    level: str = Field(max_length=16)
    unit_id: str = Field(max_length=ID_LENGTH)
    period: str = Field(default="month", max_length=8)
    baseline: float | None = None
    target: float | None = None
    by_when: date | None = None
    team: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    change_ideas: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="planned", max_length=16)
    shared_with: str | None = Field(default=None, max_length=ID_LENGTH)
    updated_at: datetime = utc_field()
    updated_by: str = Field(max_length=256)


class ImprovementCycle(MetricsTable, table=True):
    """One PDSA cycle: plan (change, prediction), do (dates), act (decision) and lessons.

    The study is computed on read from the project's metric series, never stored.
    """

    __tablename__ = "improvement_cycles"
    __table_args__ = (Index("ix_improvement_cycles_project", "org", "project_id"),)

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    cycle_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    project_id: str = Field(max_length=ID_LENGTH)
    title: str = Field(max_length=200)
    change: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    prediction: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    started_on: date | None = None
    ended_on: date | None = None
    act: str | None = Field(default=None, max_length=16)
    lessons: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = utc_field()
    created_by: str = Field(max_length=256)
    updated_at: datetime = utc_field()
    updated_by: str = Field(max_length=256)

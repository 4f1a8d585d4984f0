"""API models of the clinician feedback report."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from services.metrics.schemas.common import ValueOut


class ReportLineOut(BaseModel):
    """One metric for the clinician, their team and their organization."""

    metric_id: str = Field(description="The metric.", examples=["mbc-reliable-improvement"])
    title: str = Field(description="The metric's title.", examples=["Reliable improvement"])
    measure_unit: str = Field(description="What the value is measured in.", examples=["share"])
    better: str = Field(description="`higher` or `lower` is better.", examples=["higher"])
    clinician: ValueOut = Field(description="The clinician's caseload.")
    team: ValueOut | None = Field(description="The clinician's team (null: no team known).")
    org: ValueOut = Field(description="The whole organization.")


class ClinicianReportOut(BaseModel):
    """A clinician's caseload outcomes next to their team and organization."""

    clinician_id: str = Field(description="The clinician.", examples=["c-17"])
    team_id: str | None = Field(
        description="The team compared with: the one asked for, else the team the clinician "
        "saw most sessions with in the range.",
        examples=["team-north"],
    )
    start: date | None = Field(description="First day of the range.", examples=["2026-01-01"])
    end: date | None = Field(description="Last day of the range.", examples=["2026-06-30"])
    effective_from: date | None = Field(
        description="First day the values cover: `from` snapped back to the first of its month.",
        examples=["2026-01-01"],
    )
    effective_to: date | None = Field(
        description="Last day the values cover: `to` snapped on to the end of its month.",
        examples=["2026-06-30"],
    )
    threshold: int = Field(description="Smallest n a published value rests on.", examples=[11])
    lines: list[ReportLineOut] = Field(
        description="MBC outcomes (reliable improvement, recovery, remission, reliable "
        "deterioration), sessions with a recent assessment, kept rate and, with `form`, "
        "consumer feedback."
    )
    warnings: list[str] = Field(description="What to keep in mind reading the report.")

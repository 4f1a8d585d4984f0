"""API models of a patient's series on one instrument."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from services.measures.schemas.changes import ChangeOut


class TrajectoryPoint(BaseModel):
    """One assessment in a patient's series."""

    assessment_id: str = Field(description="The assessment.", examples=["a-20260115-1"])
    completed_at: datetime = Field(description="When it was completed (UTC).")
    total: float | None = Field(description="Its total; null when incomplete.", examples=[14])
    band: str | None = Field(description="Severity band code of the total.", examples=["moderate"])
    weeks_since_baseline: float | None = Field(
        description="Weeks from the baseline; null for points without a total.", examples=[4.0]
    )


class TrajectoryOut(BaseModel):
    """A patient's series on one instrument, oldest first."""

    patient_id: str = Field(description="The patient.", examples=["p-7f3a"])
    instrument_id: str = Field(description="The instrument.", examples=["phq9"])
    points: list[TrajectoryPoint] = Field(description="Every assessment, by completion time.")
    change: ChangeOut | None = Field(description="Baseline to latest; null with fewer than 2.")

"""API models of a patient's series on one instrument, one episode of care at a time."""

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
        description="Weeks from the episode's baseline; null for points without a total.",
        examples=[4.0],
    )


class EpisodeSummary(BaseModel):
    """One episode of care of the patient on the instrument."""

    episode_id: str = Field(
        description="The episode: the sender's id, or one the gap rule made (`gap-...`).",
        examples=["ep-2026-0001"],
    )
    gap_rule: bool = Field(
        description="True when measures' gap rule made it (no episode id was sent): a new "
        "episode after 180 days without an assessment of the patient on the instrument.",
        examples=[False],
    )
    first_completed_at: datetime = Field(description="Its first assessment's completion time.")
    last_completed_at: datetime = Field(description="Its latest assessment's completion time.")
    assessments: int = Field(description="How many assessments it holds.", examples=[6])


class TrajectoryOut(BaseModel):
    """A patient's series on one instrument within one episode of care, oldest first."""

    patient_id: str = Field(description="The patient.", examples=["p-7f3a"])
    instrument_id: str = Field(description="The instrument.", examples=["phq9"])
    episode_id: str | None = Field(
        description="The episode shown: the one asked for, else the latest (the episode of the "
        "latest completed assessment). Null only for assessments stored without one.",
        examples=["ep-2026-0001"],
    )
    episodes: list[EpisodeSummary] = Field(
        description="Every episode of the patient on the instrument, oldest first."
    )
    points: list[TrajectoryPoint] = Field(
        description="Every assessment of the episode, by completion time."
    )
    change: ChangeOut | None = Field(
        description="The episode's baseline to its latest; null with fewer than 2."
    )

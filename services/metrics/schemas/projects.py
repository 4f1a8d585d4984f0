"""API models of improvement projects (aim, team, change ideas, status, sharing) and of the
collaborative's library of shared projects."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, StringConstraints

from services.metrics.catalog import Level, Period
from services.metrics.schemas.cycles import CYCLE_OUT_EXAMPLE, CycleOut
from services.metrics.schemas.interventions import ID_PATTERN, METRIC_IDS, StartDate
from shared.strict_types import NAME_PATTERN, TEXT_PATTERN

Status = Literal["planned", "active", "completed", "abandoned"]
Act = Literal["adopt", "adapt", "abandon"]
ChangeIdea = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200, pattern=NAME_PATTERN),
]

AIM_EXAMPLE: dict[str, JsonValue] = {
    "metric_id": "no-show-rate",
    "level": "team",
    "unit_id": "team-north",
    "period": "month",
    "baseline": 0.18,
    "target": 0.1,
    "by_when": "2027-06-30",
}
PROJECT_EXAMPLE: dict[str, JsonValue] = {
    "title": "Fewer missed first appointments",
    "aim": AIM_EXAMPLE,
    "team": "North team: two clinicians, the receptionist and a patient partner.",
    "change_ideas": ["Text reminder 48 h before", "Offer a call-back slot"],
    "status": "active",
    "shared_with": "collab-8b1f0c2e9d4a47f6a3c5e7d9b1a2c3d4",
}


class AimIn(BaseModel):
    """What the project aims at: a metric at one of your units, how much, by when."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [AIM_EXAMPLE]})

    metric_id: str = Field(
        min_length=1, max_length=64, description="The metric the aim is measured by.",
        examples=["no-show-rate"], json_schema_extra={"enum": METRIC_IDS},
    )  # fmt: skip
    level: Level = Field(description="Level of the unit (clinician, team, site, org).")
    unit_id: str | None = Field(
        default=None, max_length=64, pattern=ID_PATTERN,
        description="The unit's id; omit at the org level (your own organization).",
        examples=["team-north"],
    )  # fmt: skip
    period: Period = Field(default="month", description="Period length of its chart.")
    baseline: float | None = Field(
        default=None, allow_inf_nan=False,
        description="Where the metric stood when the project began, on its own scale; shown "
        "to your organization only.", examples=[0.18],
    )  # fmt: skip
    target: float | None = Field(
        default=None, allow_inf_nan=False, description="The value aimed for.", examples=[0.1]
    )
    by_when: StartDate | None = Field(
        default=None, description="The day the target should be reached.", examples=["2027-06-30"]
    )


class ProjectIn(BaseModel):
    """An improvement project: title, aim, team, change ideas, status and sharing."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True,
        json_schema_extra={"examples": [PROJECT_EXAMPLE]},
    )  # fmt: skip

    title: str = Field(
        min_length=1, max_length=200, pattern=NAME_PATTERN, description="A short name.",
        examples=["Fewer missed first appointments"],
    )  # fmt: skip
    aim: AimIn = Field(description="The aim.")
    team: str | None = Field(
        default=None, max_length=2000, pattern=TEXT_PATTERN,
        description="Who does the work, in your words (never patient data).",
    )  # fmt: skip
    change_ideas: list[ChangeIdea] = Field(
        default_factory=list, max_length=30,
        description="Changes the team may test, each a short text (at most 30, 200 characters "
        "each).", examples=[["Text reminder 48 h before"]],
    )  # fmt: skip
    status: Status = Field(default="planned", description="planned, active, completed, abandoned.")
    shared_with: str | None = Field(
        default=None, max_length=64, pattern=ID_PATTERN,
        description="A collaborative your organization is an approved member of: its approved "
        "members may read the project (aim without baseline, team, change ideas, cycles and "
        "lessons; never its chart or effect). Omit to keep it private to your organization.",
    )  # fmt: skip


class AimOut(BaseModel):
    """The aim as stored; `baseline` is null for another organization's project."""

    metric_id: str = Field(description="The metric.", examples=["no-show-rate"])
    level: str = Field(description="Level of the unit.", examples=["team"])
    unit_id: str | None = Field(
        description="The unit's id; null for another organization's project (it may name a "
        "clinician).",
        examples=["team-north"],
    )
    period: str = Field(description="Period length of its chart.", examples=["month"])
    baseline: float | None = Field(description="Where the metric stood at the start.")
    target: float | None = Field(description="The value aimed for.", examples=[0.1])
    by_when: date | None = Field(description="When.", examples=["2027-06-30"])


PROJECT_OUT_EXAMPLE: dict[str, JsonValue] = {
    "project_id": "no-shows-north",
    "org": "org-north",
    **PROJECT_EXAMPLE,
    "aim": {**AIM_EXAMPLE, "by_when": "2027-06-30"},
    "updated_at": "2026-06-02T09:30:00Z",
    "cycles": [{**CYCLE_OUT_EXAMPLE, "study": None}],
    "chart": "/v1/metrics/no-show-rate/chart?level=team&unit=team-north&period=month",
}
LIBRARY_ITEM_EXAMPLE: dict[str, JsonValue] = {
    "org": "org-south",
    "project_id": "reminders",
    "title": "Reminders that work",
    "metric_id": "no-show-rate",
    "level": "org",
    "status": "completed",
    "cycles": 2,
    "outcome": "adopt",
    "lessons": "Adopted across the service; keep the text short.",
    "href": "/v1/projects/reminders?org=org-south",
}


class ProjectOut(BaseModel):
    """A project with its cycles, as the caller may see it."""

    model_config = ConfigDict(json_schema_extra={"examples": [PROJECT_OUT_EXAMPLE]})

    project_id: str = Field(description="Its id, chosen by its organization.")
    org: str = Field(description="The organization that owns it.", examples=["org-north"])
    title: str = Field(description="A short name.")
    aim: AimOut = Field(description="The aim.")
    team: str | None = Field(description="Who does the work.")
    change_ideas: list[str] = Field(description="Changes the team may test.")
    status: Status = Field(description="planned, active, completed, abandoned.")
    shared_with: str | None = Field(description="The collaborative it is shared with, if any.")
    updated_at: datetime = Field(description="When it was last changed.")
    cycles: list[CycleOut] = Field(description="Its PDSA cycles by start date (unstarted last).")
    chart: str | None = Field(
        description="The chart of the aim's metric for its unit (your own projects only)."
    )


class ProjectPage(BaseModel):
    """Your organization's projects."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"items": [PROJECT_OUT_EXAMPLE], "next_cursor": None}]}
    )

    items: list[ProjectOut] = Field(description="Projects by id.")
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` for the next page; null at the end."
    )


class LibraryItemOut(BaseModel):
    """A shared project in the collaborative's library: what was tried and what came of it."""

    model_config = ConfigDict(json_schema_extra={"examples": [LIBRARY_ITEM_EXAMPLE]})

    org: str = Field(description="The organization that shared it.")
    project_id: str = Field(description="Its id (read it with `?org=`).")
    title: str = Field(description="A short name.")
    metric_id: str = Field(description="The aim's metric.", examples=["no-show-rate"])
    level: str = Field(description="Level of the aim's unit.", examples=["team"])
    status: Status = Field(description="The project's status.")
    cycles: int = Field(description="How many PDSA cycles it has.", examples=[3])
    outcome: Act | None = Field(
        description="The act decision of its last acted-on cycle (adopt: it worked; adapt: "
        "partly; abandon: it did not); null while none is acted on."
    )
    lessons: str | None = Field(description="That cycle's lessons.")
    href: str = Field(description="Where to read it.")


class LibraryOut(BaseModel):
    """A collaborative's shared projects."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"items": [LIBRARY_ITEM_EXAMPLE]}]})

    items: list[LibraryItemOut] = Field(description="By organization, then project id.")

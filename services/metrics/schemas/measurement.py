"""API models of measurement plans and the due list (patient-level, access-controlled)."""

from __future__ import annotations

import datetime as dt
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from shared.strict_types import TEXT_PATTERN

ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
Reason = Literal["baseline-due", "baseline-overdue", "follow-up-due", "follow-up-overdue"]

_PLAN_EXAMPLE: dict[str, JsonValue] = {
    "instrument_id": "phq9", "service_line": "adult-outpatient", "baseline_within_sessions": 2,
    "every_sessions": 4, "every_days": 30, "grace_sessions": 1, "grace_days": 7, "active": True,
    "note": "NHS Talking Therapies: PHQ-9 at every contact is the ideal; every 4th is our floor.",
}  # fmt: skip


class PlanIn(BaseModel):
    """A measurement plan: which instrument, where, how soon and how often."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [_PLAN_EXAMPLE]}
    )

    instrument_id: str = Field(
        min_length=1, max_length=64, pattern=ID, description="The instrument to give (measures' "
        "catalog id).", examples=["phq9"],
    )  # fmt: skip
    service_line: str | None = Field(
        default=None, min_length=1, max_length=64, pattern=ID,
        description="The service line whose episodes it applies to; null: every service line "
        "(a service line's own plan for the same instrument replaces it there).",
        examples=["adult-outpatient"],
    )  # fmt: skip
    baseline_within_sessions: int = Field(
        ge=1, le=52, description="The baseline is due by the N-th kept session of the episode.",
        examples=[2],
    )  # fmt: skip
    every_sessions: int | None = Field(
        default=None, ge=1, le=52, description="Then due again at every K-th kept session "
        "after the last assessment (null: not by sessions).", examples=[4],
    )  # fmt: skip
    every_days: int | None = Field(
        default=None, ge=1, le=730, description="Then due again D days after the last "
        "assessment (null: not by days). With both, whichever comes first.", examples=[30],
    )  # fmt: skip
    grace_sessions: int = Field(
        default=0, ge=0, le=52, description="Kept sessions past a due point (baseline or "
        "follow-up) before it is overdue.", examples=[1],
    )  # fmt: skip
    grace_days: int = Field(
        default=0, ge=0, le=365, description="Days past a due day before it is overdue (needs "
        "`every_days`).", examples=[7],
    )  # fmt: skip
    active: bool = Field(default=True, description="Only active plans make anyone due.")
    note: str | None = Field(
        default=None, max_length=500, pattern=TEXT_PATTERN,
        description="Why this plan (a guideline, a decision); never patient data.",
        examples=["Our floor: every 4th session."],
    )  # fmt: skip


class PlanOut(PlanIn):
    """A stored plan of your organization."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"plan_id": "phq9-adult", **_PLAN_EXAMPLE, "set_at": "2026-12-06T12:00:00Z",
                 "set_by": "qi-lead-7"}
            ]
        }
    )  # fmt: skip

    plan_id: str = Field(description="The plan's id, chosen by you.", examples=["phq9-adult"])
    set_at: datetime = Field(description="When it was last set (UTC).")
    set_by: str = Field(description="The token subject that last set it.", examples=["qi-1"])


class PlanList(BaseModel):
    """Your organization's plans, by id."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"items": [{"plan_id": "phq9-adult", **_PLAN_EXAMPLE,
                            "set_at": "2026-12-06T12:00:00Z", "set_by": "qi-lead-7"}]}
            ]
        }
    )  # fmt: skip

    items: list[PlanOut] = Field(description="The plans.")


class DueItem(BaseModel):
    """One measurement due at one booked session: what to give at check-in, and why."""

    patient_id: str = Field(description="The patient's pseudonymous id.", examples=["pt-7f3c"])
    episode_id: str = Field(description="The episode of care.", examples=["ep-2026-0042"])
    encounter_id: str = Field(description="The booked session.", examples=["enc-0001"])
    scheduled_start: datetime = Field(description="When the session starts (UTC).")
    clinician_id: str | None = Field(description="The session's clinician.", examples=["c-12"])
    team_id: str | None = Field(description="The session's team.", examples=["team-north"])
    service_line: str | None = Field(
        description="The episode's service line.", examples=["adult-outpatient"]
    )
    instrument_id: str = Field(description="The instrument to give.", examples=["phq9"])
    plan_id: str = Field(description="The plan that makes it due.", examples=["phq9-adult"])
    reason: Reason = Field(
        description="`baseline-due`: no assessment in the episode yet, within the baseline "
        "window and its grace; `baseline-overdue`: past them; `follow-up-due`: the plan's "
        "sessions or days since the last assessment are reached; `follow-up-overdue`: past "
        "them and their grace."
    )
    last_assessed_at: datetime | None = Field(
        description="The episode's latest assessment on the instrument (null: none yet)."
    )
    kept_sessions: int = Field(
        description="Kept sessions of the episode before this one.", examples=[5]
    )
    sessions_since: int = Field(
        description="Kept sessions since the last assessment (since the episode opened when "
        "there is none).",
        examples=[4],
    )
    days_since: int | None = Field(
        description="Days from the last assessment to the session (null: none yet).",
        examples=[28],
    )


class DueList(BaseModel):
    """The measurements due at the day's booked sessions, as the facts stand."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "date": "2026-12-07",
                    "items": [
                        {"patient_id": "pt-7f3c", "episode_id": "ep-2026-0042",
                         "encounter_id": "enc-0001", "scheduled_start": "2026-12-07T15:00:00Z",
                         "clinician_id": "c-12", "team_id": "team-north",
                         "service_line": "adult-outpatient", "instrument_id": "phq9",
                         "plan_id": "phq9-adult", "reason": "follow-up-due",
                         "last_assessed_at": "2026-11-09T14:55:00Z", "kept_sessions": 6,
                         "sessions_since": 3, "days_since": 28}
                    ],
                    "sessions_without_episode": 1,
                    "feeds_caught_up_at": {"intake": "2026-12-07T08:00:02Z",
                                           "measures": "2026-12-07T08:00:01Z"},
                }
            ]
        }
    )  # fmt: skip

    date: dt.date = Field(description="The day of the booked sessions.")
    items: list[DueItem] = Field(description="By session time, then patient and instrument.")
    sessions_without_episode: int = Field(
        description="Booked sessions in your view that day that name no known open episode of "
        "care (no plan can apply to them: send their `episode_id` to intake).",
        examples=[1],
    )
    feeds_caught_up_at: dict[str, datetime | None] = Field(
        description="When metrics last caught up with each feed: the list is as fresh as "
        "these (seconds behind the writes in normal running)."
    )

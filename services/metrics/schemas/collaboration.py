"""API models of a collaborative's life: membership history, leaving, people by role,
learning sessions and attendance, naming to peers, participation."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.strict_types import JSON_INTEGER, NAME_PATTERN, TEXT_PATTERN, IsoDate

Reason = Literal[
    "capacity", "priorities", "data_burden", "not_useful", "aim_reached", "merged_or_closed",
    "inactive", "other",
]  # fmt: skip
Event = Literal[
    "applied", "approved", "declined", "removed", "left", "withdrawn", "role_changed"
]  # fmt: skip
PersonRole = Literal["faculty", "coach", "member_team", "lived_experience", "family"]
Label = Annotated[str, Field(min_length=1, max_length=80, pattern=NAME_PATTERN)]
People = Annotated[int, Field(ge=1, le=10_000), JSON_INTEGER]


class LeaveIn(BaseModel):
    """Body of `POST /v1/collaboratives/{id}/members/{org}/leave`."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [{"reason": "capacity", "reason_text": "Our QI lead retired."}]
        },
    )

    reason: Reason = Field(
        description="Why: `capacity` (no staff time), `priorities` (changed), `data_burden`, "
        "`not_useful`, `aim_reached`, `merged_or_closed`, `inactive` (a removal for taking no "
        "part), `other`. Seen by the owner, facilitators and the organization concerned.",
        examples=["capacity"],
    )
    reason_text: str | None = Field(
        default=None,
        max_length=500,
        pattern=TEXT_PATTERN,
        description="Your own words; only your organization ever reads them back.",
        examples=["Our QI lead retired."],
    )


class LeftOut(BaseModel):
    """Where an organization stands after leaving or being removed."""

    collaborative_id: str = Field(description="The collaborative.",
                                  examples=["collab-8b1f0c2e9d4a47f6a3c5e7d9b1a2c3d4"])  # fmt: skip
    org: str = Field(description="The organization.", examples=["org-north"])
    status: Literal["left", "declined"] = Field(
        description="`left`: it left by itself (it may apply again); `declined`: removed by the "
        "owner or a facilitator (only they re-admit it).",
        examples=["left"],
    )


class HistoryEntryOut(BaseModel):
    """One step of an organization's membership."""

    event_id: int = Field(description="Order of the steps.", examples=[42])
    org: str = Field(description="The organization concerned.", examples=["org-north"])
    event: Event = Field(description="What happened.", examples=["left"])
    role: Literal["owner", "facilitator", "member"] = Field(
        description="Its role after the step.", examples=["member"]
    )
    at: datetime = Field(description="When.")
    by_org: str | None = Field(
        description="Who took the step: shown to the owner and facilitators and when it was "
        "your organization; null otherwise.",
        examples=["org-north"],
    )
    reason: str | None = Field(description="Coded reason (leaving, removal).", examples=[None])
    reason_text: str | None = Field(
        description="The reason in the words of whoever took the step: only they see it.",
        examples=[None],
    )


class HistoryPage(BaseModel):
    """Membership history, oldest first."""

    items: list[HistoryEntryOut] = Field(description="Steps, oldest first.")
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` for the next page; null at the end."
    )


class PersonIn(BaseModel):
    """Body of `PUT /v1/collaboratives/{id}/people/{person_id}`."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"examples": [{"label": "Family advisor 1", "role": "family"}]},
    )

    label: Label = Field(
        description="A display label your organization chooses (a role title, `Coach A`); "
        "not a name unless the person wants one shown. Nothing else about a person is kept.",
        examples=["Family advisor 1"],
    )
    role: PersonRole = Field(
        description="`faculty` and `coach` (the owner and facilitators attach them; every member "
        "sees them), or `member_team`, `lived_experience`, `family` (your organization's own).",
        examples=["family"],
    )


class PersonOut(BaseModel):
    """A person in the collaborative."""

    person_id: str = Field(description="Id chosen by its organization.", examples=["fam-1"])
    label: str = Field(description="Display label.", examples=["Family advisor 1"])
    role: PersonRole = Field(description="Role.", examples=["family"])
    org: str | None = Field(
        description="The organization that attached it: shown to the owner, facilitators and "
        "that organization; null for others.",
        examples=["org-north"],
    )


class PeopleOut(BaseModel):
    """The people you may see, by role then label."""

    items: list[PersonOut] = Field(description="People.")


class SessionIn(BaseModel):
    """Body of `PUT /v1/collaboratives/{id}/sessions/{session_id}`."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "held_on": "2026-03-12",
                    "topic": "Reducing no-shows with reminder calls",
                    "attendance": {"org-north": 3, "org-south": 2},
                }
            ]
        },
    )

    held_on: IsoDate = Field(description="The day it was held.", examples=["2026-03-12"])
    topic: str = Field(
        min_length=1, max_length=200, pattern=NAME_PATTERN, description="Its topic.",
        examples=["Reducing no-shows with reminder calls"],
    )  # fmt: skip
    attendance: dict[Annotated[str, Field(max_length=128)], People] = Field(
        default_factory=dict,
        max_length=500,
        description="People who attended, by member organization (absent: did not attend). "
        "Replaces the stored attendance.",
        examples=[{"org-north": 3, "org-south": 2}],
    )


class SessionOut(BaseModel):
    """A learning session."""

    session_id: str = Field(description="Id chosen by the owner or a facilitator.",
                            examples=["2026-03-call"])  # fmt: skip
    held_on: date = Field(description="Day held.", examples=["2026-03-12"])
    topic: str = Field(description="Topic.", examples=["Reducing no-shows with reminder calls"])
    organizations_attending: int = Field(description="Organizations present.", examples=[6])
    people_attending: int = Field(description="People present, all organizations.", examples=[14])
    attendance: dict[str, int] = Field(
        description="People by organization: every organization for the owner and "
        "facilitators, your own for other members.",
        examples=[{"org-north": 3}],
    )


class SessionsOut(BaseModel):
    """Learning sessions, by date."""

    items: list[SessionOut] = Field(description="Sessions, by date then id.")


class NamingIn(BaseModel):
    """Body of `PUT /v1/collaboratives/{id}/naming`."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"examples": [{"label": "Riverside Community Clinic"}, {"label": None}]},
    )

    label: Label | None = Field(
        description="The name your peers see in benchmarks and participation; null to be "
        "anonymous again (the default).",
        examples=["Riverside Community Clinic"],
    )


class NamingOut(BaseModel):
    """How your organization appears to its peers."""

    named: bool = Field(description="Whether peers see your label.", examples=[True])
    label: str = Field(
        description="What peers see: your label, or your random anonymous one.",
        examples=["Riverside Community Clinic"],
    )


class PeerOut(BaseModel):
    """An organization as you may see it."""

    label: str = Field(description="Its chosen name, or its anonymous label.",
                       examples=["Peer 3f9a1c"])  # fmt: skip
    named: bool = Field(description="Whether it chose to be named.", examples=[False])
    org: str | None = Field(
        description="Its org id: yours; in participation every one for the owner and "
        "facilitators (who keep the roster); null otherwise.",
        examples=[None],
    )

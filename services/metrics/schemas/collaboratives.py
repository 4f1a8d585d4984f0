"""API models of collaboratives, applications to join them and decisions on those."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.strict_types import NAME_PATTERN

_ID_EXAMPLE = "collab-8b1f0c2e9d4a47f6a3c5e7d9b1a2c3d4"


class CollaborativeIn(BaseModel):
    """Body of `POST /v1/collaboratives` and `PUT /v1/collaboratives/{id}`."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"examples": [{"name": "Northern Behavioral Health Collaborative"}]},
    )

    name: str = Field(
        min_length=1,
        max_length=200,
        pattern=NAME_PATTERN,
        description="The collaborative's name.",
        examples=["Northern Behavioral Health Collaborative"],
    )


class CollaborativeOut(BaseModel):
    """A collaborative as one of its approved members sees it."""

    collaborative_id: str = Field(
        description="Its id, made by the server (opaque); share it with the organizations you "
        "invite to apply.",
        examples=[_ID_EXAMPLE],
    )
    name: str = Field(
        description="Its name.", examples=["Northern Behavioral Health Collaborative"]
    )
    created_at: datetime = Field(description="When it was created.")
    member_count: int = Field(
        description="How many organizations are approved members.", examples=[7]
    )
    joined_at: datetime | None = Field(
        description="When your organization's membership was approved."
    )
    role: Literal["owner", "facilitator", "member"] = Field(
        description="Your organization's role: `owner` (created it; renames it, names "
        "facilitators, decides applications), `facilitator` (decides applications) or `member`.",
        examples=["member"],
    )


class CollaborativePage(BaseModel):
    """A page of the collaboratives your organization is an approved member of."""

    items: list[CollaborativeOut] = Field(description="Collaboratives, by id.")
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` for the next page; null at the end."
    )


class MembershipOut(BaseModel):
    """An organization's application to, or membership of, a collaborative."""

    collaborative_id: str = Field(description="The collaborative.", examples=[_ID_EXAMPLE])
    org: str = Field(description="The organization.", examples=["org-north"])
    status: Literal["applied", "approved", "declined"] = Field(
        description="`applied`: waiting for the owner or a facilitator; `approved`: a member "
        "(its org-level values count in the pool); `declined`: refused or removed.",
        examples=["applied"],
    )
    role: Literal["owner", "facilitator", "member"] = Field(
        description="Its role in the collaborative.", examples=["member"]
    )
    applied_at: datetime = Field(description="When it applied (or created the collaborative).")
    decided_at: datetime | None = Field(
        description="When its application was last decided; null while it waits."
    )


class ApplicationOut(BaseModel):
    """Where your organization's application stands. It carries no time: an application to an
    id that does not exist is answered alike and stores nothing, and a time kept for a real
    one would tell the two apart."""

    collaborative_id: str = Field(description="The collaborative.", examples=[_ID_EXAMPLE])
    org: str = Field(description="Your organization.", examples=["org-north"])
    status: Literal["applied", "approved", "declined"] = Field(
        description="`applied`: waiting for the owner or a facilitator; `approved`: a member; "
        "`declined`: refused or removed.",
        examples=["applied"],
    )
    role: Literal["owner", "facilitator", "member"] = Field(
        description="Your organization's role in it.", examples=["member"]
    )


class RosterOut(BaseModel):
    """Every application and membership of a collaborative (owner and facilitators only)."""

    items: list[MembershipOut] = Field(description="By organization id.")


class DecisionIn(BaseModel):
    """Body of `PUT /v1/collaboratives/{id}/members/{org}`: the decision on an application."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"status": "approved"}, {"status": "approved", "role": "facilitator"}]
        },
    )

    status: Literal["approved", "declined"] = Field(
        description="`approved` admits the organization; `declined` refuses the application "
        "or removes a member.",
        examples=["approved"],
    )
    role: Literal["member", "facilitator"] | None = Field(
        default=None,
        description="Make an approved member a `facilitator` (or back to `member`); the owner "
        "only. Omit to keep the current role.",
        examples=["facilitator"],
    )

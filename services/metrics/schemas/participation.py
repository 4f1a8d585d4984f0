"""API model of a collaborative's participation in a month."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from services.metrics.schemas.collaboration import PeerOut


class MemberParticipationOut(BaseModel):
    """One member's part in the month."""

    peer: PeerOut = Field(description="The organization, as you may see it.")
    you: bool = Field(description="Whether it is your organization.", examples=[False])
    data_submitted: bool = Field(
        description="Whether it sent any data about the month (yes or no: a count could tell "
        "how few patients were seen).",
        examples=[True],
    )
    sessions_attended: int = Field(description="Learning sessions of the month it attended.",
                                   examples=[1])  # fmt: skip
    active_projects: int = Field(
        description="Its improvement projects shared with the collaborative active in the month.",
        examples=[2],
    )
    cycles_completed: int = Field(description="PDSA cycles it completed in the month.",
                                  examples=[3])  # fmt: skip


class ParticipationOut(BaseModel):
    """Who took part in a collaborative in a month, and how many dropped out."""

    collaborative_id: str = Field(description="The collaborative.",
                                  examples=["collab-8b1f0c2e9d4a47f6a3c5e7d9b1a2c3d4"])  # fmt: skip
    month: date = Field(description="First day of the month.", examples=["2026-03-01"])
    sessions_held: int = Field(description="Learning sessions held in the month.", examples=[2])
    members_at_start: int = Field(description="Members on the month's first day.", examples=[8])
    members_left: int = Field(
        description="Of those, how many left or were removed in the month.", examples=[1]
    )
    dropout_rate: float | None = Field(
        description="`members_left / members_at_start`, 4 places; null with no member at start.",
        examples=[0.125],
    )
    members: list[MemberParticipationOut] = Field(
        description="Every organization that was a member at any time in the month: yours "
        "first, then named ones, then anonymous ones, by label."
    )

"""Learning state that metrics owns itself: collaboratives and their members, per-org settings
(QI interventions became improvement projects and cycles: :mod:`.improvement`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from services.metrics.models.base import (
    ID_LENGTH,
    ORG_LENGTH,
    MetricsTable,
    utc_field,
)


class Collaborative(MetricsTable, table=True):
    """A learning collaborative: organizations that compare themselves with each other.

    The id is made by the server (opaque and random), so no caller can guess another group's
    id or claim one first. ``owner_org`` created it and alone renames it or names
    facilitators; it is None only for a collaborative that had no member when owners began.
    """

    __tablename__ = "collaboratives"

    collaborative_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    name: str = Field(max_length=200)
    created_at: datetime = utc_field()
    owner_org: str | None = Field(default=None, max_length=ORG_LENGTH)


class CollaborativeMember(MetricsTable, table=True):
    """An organization's application to, and then membership of, a collaborative.

    ``status`` is ``applied`` until the owner or a facilitator decides (``approved`` or
    ``declined``); only approved members' values are pooled or seen. ``role`` is ``owner``,
    ``facilitator`` (may decide applications) or ``member``. An application withdrawn is
    deleted; a member that leaves stays as ``left`` (it may apply again). Every step is in
    :class:`~services.metrics.models.collaboration.MembershipEvent`. ``peer_label`` is set
    when the organization chose to be named to its peers (None: anonymous, the default);
    ``anonymous_label`` is the random label peers see otherwise, made anew at each joining.
    """

    __tablename__ = "collaborative_members"

    collaborative_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    joined_at: datetime = utc_field()
    status: str = Field(default="applied", max_length=16)
    role: str = Field(default="member", max_length=16)
    decided_at: datetime | None = utc_field(nullable=True)
    peer_label: str | None = Field(default=None, max_length=80)
    anonymous_label: str = Field(default="", max_length=16)


class OrgSettings(MetricsTable, table=True):
    """Per-org choices; the suppression threshold can be raised, never lowered below the
    deployment's floor."""

    __tablename__ = "org_settings"

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    suppression_threshold: int | None = None
    extra: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))

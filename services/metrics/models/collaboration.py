"""What a collaborative keeps about its life as a place to learn: who joined and left when,
the people its members bring, its learning sessions and who attended them.

None of it is patient data. A person is a display label an organization chooses (``Coach
team A``, ``Family advisor``), never a name the server asks for; free-text reasons for
leaving are read only by the organization that wrote them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from services.metrics.models.base import ID_LENGTH, ORG_LENGTH, MetricsTable, utc_field


class MembershipEvent(MetricsTable, table=True):
    """One step of an organization's membership: ``applied``, ``approved``, ``declined``,
    ``removed`` (by the owner or a facilitator), ``left`` (by itself), ``withdrawn`` (an
    application taken back), ``role_changed``. Rows are only ever added.

    ``reason_code`` is one of :data:`services.metrics.learning.history.REASONS` (leaving and
    removal); ``reason_text`` is the deciding org's own words, shown to ``by_org`` alone.
    """

    __tablename__ = "collaborative_membership_events"
    __table_args__ = (
        Index("ix_collaborative_membership_events_collab_at", "collaborative_id", "at"),
    )

    event_id: int | None = Field(default=None, primary_key=True)
    collaborative_id: str = Field(max_length=ID_LENGTH)
    org: str = Field(max_length=ORG_LENGTH)
    event: str = Field(max_length=16)
    role: str = Field(max_length=16)
    at: datetime = utc_field()
    by_org: str = Field(max_length=ORG_LENGTH)
    reason_code: str | None = Field(default=None, max_length=32)
    reason_text: str | None = Field(default=None, max_length=500)


class CollaborativePerson(MetricsTable, table=True):
    """A person in a collaborative's life, by role (``faculty``, ``coach``, ``member_team``,
    ``lived_experience``, ``family``): a label its organization chooses, keyed by an id that
    organization chooses (so that a PUT is idempotent)."""

    __tablename__ = "collaborative_people"

    collaborative_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    person_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    label: str = Field(max_length=80)
    role: str = Field(max_length=20)
    updated_at: datetime = utc_field()


class LearningSession(MetricsTable, table=True):
    """A learning session of a collaborative (a call, a meeting), keyed by an id its owner or
    facilitator chooses."""

    __tablename__ = "collaborative_sessions"

    collaborative_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    session_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    held_on: date
    topic: str = Field(max_length=200)
    updated_at: datetime = utc_field()


class SessionAttendance(MetricsTable, table=True):
    """How many people of one member organization attended one learning session."""

    __tablename__ = "collaborative_session_attendance"

    collaborative_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    session_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    people: int

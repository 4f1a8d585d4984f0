"""Intake's tables, on intake's own metadata.

Every table carries ``org`` in its primary key and every query filters on it: one org can never
read another's rows. Times a caller sent are stored as ISO 8601 text with the caller's UTC offset
(so a session's local date survives the round trip: access time counts local dates) next to a
UTC ``*_utc`` column used for ordering. JSON columns hold small lists and objects.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    Table,
    Text,
    UniqueConstraint,
    inspect,
)
from sqlmodel import Field

from services.intake.models.base import (
    CODE_LENGTH,
    ID_LENGTH,
    TIME_TEXT_LENGTH,
    IntakeTable,
    audit_log,
    feed_events,
    idempotency_keys,
    metadata,
    utc_column,
    webhook_tables,
)
from services.intake.models.workforce import EstablishmentRow, StaffRow

__all__ = [
    "CODE_LENGTH",
    "ID_LENGTH",
    "TIME_TEXT_LENGTH",
    "EncounterRow",
    "EpisodeRow",
    "EstablishmentRow",
    "FeedbackResponseRow",
    "FeedbackRow",
    "FeedbackTaggingRow",
    "FeedbackTagsRow",
    "FeedbackThemeRow",
    "IntakeTable",
    "PatientRow",
    "ReferralRow",
    "SafetyEventRow",
    "StaffRow",
    "audit_log",
    "core_table",
    "feed_events",
    "idempotency_keys",
    "metadata",
    "utc_column",
    "webhook_tables",
]


class PatientRow(IntakeTable, table=True):
    """A pseudonymous patient and the coded categories used for equity views."""

    __tablename__ = "patients"

    org: str = Field(primary_key=True, max_length=128)
    patient_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    birth_year: int | None = None
    sex: str | None = Field(default=None, max_length=CODE_LENGTH)
    gender_identity: str | None = Field(default=None, max_length=CODE_LENGTH)
    race: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    ethnicity: str | None = Field(default=None, max_length=CODE_LENGTH)
    preferred_language: str | None = Field(default=None, max_length=CODE_LENGTH)
    payer_type: str | None = Field(default=None, max_length=CODE_LENGTH)
    rurality: str | None = Field(default=None, max_length=CODE_LENGTH)
    sensitivity: str | None = Field(default=None, max_length=16)
    updated_at: datetime = utc_column()


class ReferralRow(IntakeTable, table=True):
    """A referral; its open/closed state is derived from linked encounters, never stored."""

    __tablename__ = "referrals"

    org: str = Field(primary_key=True, max_length=128)
    referral_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    patient_id: str = Field(max_length=ID_LENGTH)
    received_on: date
    service_line: str = Field(max_length=ID_LENGTH)
    site_id: str = Field(max_length=ID_LENGTH)
    priority: str = Field(max_length=16)
    sensitivity: str | None = Field(default=None, max_length=16)
    updated_at: datetime = utc_column()
    episode_id: str | None = Field(default=None, max_length=ID_LENGTH)


class EncounterRow(IntakeTable, table=True):
    """A session: booked, kept, missed or cancelled; telehealth problems as JSON."""

    __tablename__ = "encounters"
    __table_args__ = (
        Index("ix_encounters_org_referral", "org", "referral_id"),
        Index("ix_encounters_org_patient", "org", "patient_id"),
    )

    org: str = Field(primary_key=True, max_length=128)
    encounter_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    patient_id: str = Field(max_length=ID_LENGTH)
    referral_id: str | None = Field(default=None, max_length=ID_LENGTH)
    clinician_id: str = Field(max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str = Field(max_length=ID_LENGTH)
    service_line: str = Field(max_length=ID_LENGTH)
    modality: str = Field(max_length=16)
    status: str = Field(max_length=32)
    scheduled_start: str = Field(max_length=TIME_TEXT_LENGTH)
    scheduled_start_utc: datetime = utc_column()
    scheduled_minutes: int | None = None
    actual_start: str | None = Field(default=None, max_length=TIME_TEXT_LENGTH)
    actual_end: str | None = Field(default=None, max_length=TIME_TEXT_LENGTH)
    cancelled_at: str | None = Field(default=None, max_length=TIME_TEXT_LENGTH)
    technical_problems: dict[str, Any] | None = Field(
        default=None, sa_column=Column(JSON, nullable=True)
    )
    sensitivity: str | None = Field(default=None, max_length=16)
    updated_at: datetime = utc_column()
    episode_id: str | None = Field(default=None, max_length=ID_LENGTH)


class EpisodeRow(IntakeTable, table=True):
    """An episode of care: one patient's course of care in one service line (FHIR
    EpisodeOfCare). Encounters and referrals name it by id; an id they name before the episode
    is sent is kept as it is (a forward reference), as an encounter's ``referral_id`` is."""

    __tablename__ = "episodes"
    __table_args__ = (
        Index("ix_episodes_org_patient", "org", "patient_id"),
        Index("ix_episodes_org_opened", "org", "opened_on"),
    )

    org: str = Field(primary_key=True, max_length=128)
    episode_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    patient_id: str = Field(max_length=ID_LENGTH)
    status: str = Field(max_length=32)
    service_line: str = Field(max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    opened_on: date
    closed_on: date | None = None
    discharge_reason: str | None = Field(default=None, max_length=32)
    sensitivity: str | None = Field(default=None, max_length=16)
    updated_at: datetime = utc_column()


class FeedbackRow(IntakeTable, table=True):
    """One feedback submission. ``answers`` may hold free text: readable by the org, never
    published on the feed, never logged."""

    __tablename__ = "feedback"
    __table_args__ = (
        UniqueConstraint("org", "submission_id"),
        # The listing's keyset: newest first, the id breaking ties within a batch.
        Index("ix_feedback_org_received", "org", "received_at", "feedback_id"),
        # A patient's previous submission of a form (the rupture rule "drop from previous").
        Index("ix_feedback_org_patient_form", "org", "patient_id", "form_id", "submitted_at"),
    )

    org: str = Field(primary_key=True, max_length=128)
    feedback_id: str = Field(primary_key=True, max_length=36)
    submission_id: str | None = Field(default=None, max_length=ID_LENGTH)
    form_id: str = Field(max_length=ID_LENGTH)
    form_version: str = Field(max_length=16)
    answers: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    encounter_id: str | None = Field(default=None, max_length=ID_LENGTH)
    submitted_at: datetime = utc_column()
    received_at: datetime = utc_column()


class FeedbackThemeRow(IntakeTable, table=True):
    """A coded theme of the org's own list, which staff tag feedback with. Retired themes stay
    (``active`` false) so that past tags and answers keep their meaning."""

    __tablename__ = "feedback_themes"

    org: str = Field(primary_key=True, max_length=128)
    code: str = Field(primary_key=True, max_length=ID_LENGTH)
    label: str = Field(max_length=200)
    description: str | None = Field(default=None, max_length=2000)
    active: bool = True
    updated_at: datetime = utc_column()


class FeedbackTagsRow(IntakeTable, table=True):
    """The theme codes a submission is tagged with now (the history is
    :class:`FeedbackTaggingRow`)."""

    __tablename__ = "feedback_theme_tags"

    org: str = Field(primary_key=True, max_length=128)
    feedback_id: str = Field(primary_key=True, max_length=36)
    themes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = utc_column()


class FeedbackTaggingRow(IntakeTable, table=True):
    """Append-only audit of tagging: who set which codes on which submission, when."""

    __tablename__ = "feedback_theme_tagging"
    __table_args__ = (Index("ix_feedback_theme_tagging_org_feedback", "org", "feedback_id"),)

    id: int | None = Field(
        default=None,
        sa_column=Column(
            BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
        ),
    )
    org: str = Field(max_length=128)
    feedback_id: str = Field(max_length=36)
    themes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    actor: str = Field(max_length=256)
    at: datetime = utc_column()


class FeedbackResponseRow(IntakeTable, table=True):
    """The org's answer to feedback ("you said, we did"): what it heard under some themes and
    what it changed. Drafts are staff's; published ones are listed for patients' apps."""

    __tablename__ = "feedback_responses"

    org: str = Field(primary_key=True, max_length=128)
    response_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    themes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    you_said: str = Field(sa_column=Column(Text, nullable=False))
    we_did: str = Field(sa_column=Column(Text, nullable=False))
    changed_on: date | None = None
    published: bool = False
    published_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    updated_at: datetime = utc_column()


class SafetyEventRow(IntakeTable, table=True):
    """An incident or near miss as reported, and where its review stands.

    ``narrative`` is free text: readable only by the org's safety reviewers, never published,
    never logged. ``reporter_id`` is None for an anonymous report, and then nothing stored with
    the row says who sent it (see :mod:`services.intake.safety_events`)."""

    __tablename__ = "safety_events"
    __table_args__ = (Index("ix_safety_events_org_occurred", "org", "occurred_at_utc"),)

    org: str = Field(primary_key=True, max_length=128)
    safety_event_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    kind: str = Field(max_length=32)
    harm_level: str = Field(max_length=16)
    occurred_at: str = Field(max_length=TIME_TEXT_LENGTH)
    occurred_at_utc: datetime = utc_column()
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    encounter_id: str | None = Field(default=None, max_length=ID_LENGTH)
    reporter_id: str | None = Field(default=None, max_length=ID_LENGTH)
    narrative: str = Field(sa_column=Column(Text, nullable=False))
    review_status: str = Field(max_length=32)
    reported_at: datetime = utc_column()
    reviewed_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    actioned_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    updated_at: datetime = utc_column()


def core_table(model: type[IntakeTable]) -> Table:
    """The Core ``Table`` behind a table class, for the set-based statements of batch writes.

    SQLAlchemy's declarative mapping gives every table class ``__table__``, which SQLModel does
    not declare; the mapper's ``local_table`` is the same object, seen by type checkers.
    """
    table = inspect(model).local_table
    assert isinstance(table, Table)
    return table

"""The events intake publishes: patients, referrals, encounters, feedback, safety events."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.events.base import EventData

Modality = Literal["in-person", "video", "phone"]
EncounterStatus = Literal[
    "booked",
    "fulfilled",
    "no-show",
    "cancelled-by-patient",
    "cancelled-by-clinic",
    "entered-in-error",
]


class PatientUpserted(EventData):
    """Equity categories only (age band, not birth year: the minimum metrics needs)."""

    type: ClassVar[str] = "patient.upserted"
    patient_id: str = Field(description="The patient's pseudonymous id.")
    age_band: str | None = Field(
        default=None, description="Age band at the time of the record (e.g. `25-34`)."
    )
    sex: str | None = Field(default=None, description="Sex, as a SNOMED CT code.")
    gender_identity: str | None = Field(
        default=None, description="Gender identity, as a SNOMED CT code."
    )
    race: list[str] = Field(default_factory=list, description="OMB race category codes.")
    ethnicity: str | None = Field(default=None, description="OMB ethnicity category code.")
    language: str | None = Field(default=None, description="Preferred language (BCP 47).")
    payer: str | None = Field(
        default=None, description="Payer type (PHDSC Source of Payment Typology, first digit)."
    )
    rurality: str | None = Field(
        default=None,
        description="Rurality of residence: urban, large-rural, small-rural or isolated.",
    )


class ReferralUpserted(EventData):
    type: ClassVar[str] = "referral.upserted"
    referral_id: str = Field(description="The referral's id, chosen by the sender.")
    patient_id: str | None = Field(description="Null when the record is redacted (Part 2).")
    received_on: date = Field(description="The day the referral was received.")
    service_line: str | None = Field(
        default=None, description="The service line (e.g. `adult-outpatient`)."
    )
    # Since 2026-12-06; null on earlier events.
    episode_id: str | None = Field(
        default=None, description="The episode of care the referral opened or belongs to."
    )
    site_id: str | None = Field(default=None, description="The site's id.")
    priority: str | None = Field(default=None, description="`routine` or `urgent`.")
    first_kept_at: datetime | None = Field(
        default=None, description="When the first appointment was kept; closes the referral."
    )
    redacted: bool = Field(
        default=False,
        description="True when the record is covered by 42 CFR Part 2 and its patient withheld.",
    )


class TelehealthProblems(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    kinds: list[Literal["audio", "video", "connection", "login", "platform"]] = Field(
        default_factory=list, description="What went wrong."
    )
    minutes_lost: int = Field(default=0, description="Session minutes lost to the problems.")
    dropped_and_rejoined: bool = Field(
        default=False, description="The call dropped and was rejoined."
    )
    switched_to_phone: bool = Field(default=False, description="The session finished by phone.")


class EncounterUpserted(EventData):
    type: ClassVar[str] = "encounter.upserted"
    encounter_id: str = Field(description="The encounter's id, chosen by the sender.")
    patient_id: str | None = Field(description="Null when the record is redacted (Part 2).")
    referral_id: str | None = Field(
        default=None, description="The referral's id, chosen by the sender."
    )
    clinician_id: str | None = Field(default=None, description="The clinician's pseudonymous id.")
    team_id: str | None = Field(default=None, description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    service_line: str | None = Field(
        default=None, description="The service line (e.g. `adult-outpatient`)."
    )
    # Since 2026-12-06; null on earlier events.
    episode_id: str | None = Field(
        default=None, description="The episode of care the session belongs to."
    )
    modality: Modality = Field(description="in-person, video or phone.")
    scheduled_start: datetime = Field(description="When the session was booked to start.")
    status: EncounterStatus = Field(
        description="The status (FHIR Encounter statuses, with the kind of cancellation)."
    )
    late_cancellation: bool = Field(
        default=False, description="Cancelled less than 24 hours before the start."
    )
    actual_start: datetime | None = Field(default=None, description="When the session started.")
    actual_end: datetime | None = Field(default=None, description="When the session ended.")
    telehealth: TelehealthProblems | None = Field(
        default=None, description="Technical problems of a video or phone session."
    )
    redacted: bool = Field(
        default=False,
        description="True when the record is covered by 42 CFR Part 2 and its patient withheld.",
    )


class FeedbackReceived(EventData):
    """Numeric answers only: free-text comments never leave intake."""

    type: ClassVar[str] = "feedback.received"
    feedback_id: str = Field(description="The submission's id.")
    form_id: str = Field(description="The feedback form answered.")
    received_at: datetime = Field(description="When intake received the submission.")
    patient_id: str | None = Field(default=None, description="Null when anonymous.")
    encounter_id: str | None = Field(
        default=None, description="The encounter's id, chosen by the sender."
    )
    clinician_id: str | None = Field(default=None, description="The clinician's pseudonymous id.")
    team_id: str | None = Field(default=None, description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    modality: Modality | None = Field(default=None, description="in-person, video or phone.")
    scores: dict[str, float] = Field(description="Numeric answer per scored item id.")
    top_box: dict[str, bool] = Field(description="Whether each scored item got its top box.")
    mean: float | None = Field(default=None, description="Mean of the scored items.")


#: FHIR R4 EpisodeOfCare.status (http://hl7.org/fhir/R4/valueset-episode-of-care-status.html).
EpisodeStatus = Literal[
    "planned", "waitlist", "active", "onhold", "finished", "cancelled", "entered-in-error"
]
#: Why an episode closed. NHS Talking Therapies' ending codes distinguish a planned completion
#: from dropping out (ended without agreement) and a transfer or onward referral; ``died`` and
#: ``other`` complete the list.
DischargeReason = Literal[
    "planned-completion", "dropped-out", "transferred", "referred-on", "died", "other"
]


class EpisodeUpserted(EventData):
    """A course of care for one patient in one service line, as the EHR keeps it."""

    type: ClassVar[str] = "episode.upserted"
    episode_id: str = Field(description="The episode's id, chosen by the sender.")
    patient_id: str | None = Field(description="Null when the record is redacted (Part 2).")
    status: EpisodeStatus = Field(description="FHIR EpisodeOfCare status.")
    service_line: str | None = Field(
        default=None, description="The service line (e.g. `adult-outpatient`)."
    )
    team_id: str | None = Field(default=None, description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    clinician_id: str | None = Field(
        default=None, description="The lead clinician's pseudonymous id."
    )
    opened_on: date = Field(description="The day the episode opened.")
    closed_on: date | None = Field(default=None, description="The day it closed, if it has.")
    discharge_reason: DischargeReason | None = Field(
        default=None, description="Why it closed (only on a closed episode)."
    )
    redacted: bool = Field(
        default=False,
        description="True when the record is covered by 42 CFR Part 2 and its patient withheld.",
    )


class FeedbackRupture(EventData):
    """Session feedback that signals a strained therapeutic alliance, for the clinician to
    repair at the next session. Numbers and codes only: never the patient's words."""

    type: ClassVar[str] = "feedback.rupture"
    feedback_id: str = Field(description="The submission that showed the rupture.")
    form_id: str = Field(description="The feedback form answered.")
    received_at: datetime = Field(description="When intake received the submission.")
    patient_id: str | None = Field(default=None, description="The patient's pseudonymous id.")
    encounter_id: str | None = Field(
        default=None, description="The encounter's id, chosen by the sender."
    )
    clinician_id: str | None = Field(default=None, description="The clinician's pseudonymous id.")
    team_id: str | None = Field(default=None, description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    rule: Literal["at-or-below-threshold", "drop-from-previous"] = Field(
        description="Which of the form's rupture rules fired."
    )
    item_id: str = Field(description="The form item the rule read.")
    score: float = Field(description="This submission's score on that item.")
    threshold: float | None = Field(
        default=None, description="The form's threshold (at-or-below-threshold)."
    )
    previous_score: float | None = Field(
        default=None, description="The patient's previous score on the item (drop-from-previous)."
    )


class FeedbackThemed(EventData):
    """The coded themes staff gave a submission (replaces any earlier set). Theme codes come
    from the org's own list; the comment they were read from never leaves intake."""

    type: ClassVar[str] = "feedback.themed"
    feedback_id: str = Field(description="The submission's id.")
    form_id: str = Field(description="The feedback form answered.")
    received_at: datetime = Field(description="When intake received the submission.")
    clinician_id: str | None = Field(default=None, description="The clinician's pseudonymous id.")
    team_id: str | None = Field(default=None, description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    themes: list[str] = Field(
        description="The theme codes now tagged on the submission (empty when all were removed)."
    )


SafetyEventKind = Literal[
    "self-harm",
    "suicide-attempt",
    "death",
    "violence",
    "medication",
    "fall",
    "privacy-breach",
    "near-miss",
    "other",
]
#: AHRQ Common Formats Harm Scale v1.2: death, severe, moderate, mild, no harm, unknown.
HarmLevel = Literal["death", "severe", "moderate", "mild", "none", "unknown"]
SafetyReviewStatus = Literal["received", "reviewed", "actioned", "entered-in-error"]


class SafetyEventUpserted(EventData):
    """An incident or near miss as reported and reviewed. Never the narrative, never the
    reporter: only whether the report was anonymous."""

    type: ClassVar[str] = "safety_event.upserted"
    safety_event_id: str = Field(description="The report's id, chosen by the sender.")
    kind: SafetyEventKind = Field(description="What kind of event.")
    harm_level: HarmLevel = Field(description="Harm on the AHRQ Common Formats Harm Scale v1.2.")
    occurred_at: datetime = Field(description="When the event happened.")
    reported_at: datetime = Field(description="When intake received the report.")
    team_id: str | None = Field(default=None, description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    patient_id: str | None = Field(default=None, description="The patient's pseudonymous id.")
    encounter_id: str | None = Field(
        default=None, description="The encounter's id, chosen by the sender."
    )
    anonymous_report: bool = Field(description="True when the reporter chose not to be named.")
    review_status: SafetyReviewStatus = Field(description="Where the review stands.")
    reviewed_at: datetime | None = Field(default=None, description="When the review was recorded.")
    actioned_at: datetime | None = Field(
        default=None, description="When actions from the review were recorded."
    )

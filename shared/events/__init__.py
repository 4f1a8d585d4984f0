"""The feed contract: the ``data`` of every event type intake, measures and metrics publish.

Producers build these models and publish ``model_dump(mode="json")``; metrics parses them.
Both sides import only this package, so the contract lives in one place. Consumers ignore
fields they do not know (producers may add fields; they never remove or rename one).
Free text never appears here, and neither does a demographic field metrics does not aggregate.
"""

from __future__ import annotations

from shared.events.base import EventData
from shared.events.intake import (
    DischargeReason,
    EncounterStatus,
    EncounterUpserted,
    EpisodeStatus,
    EpisodeUpserted,
    FeedbackReceived,
    FeedbackRupture,
    FeedbackThemed,
    HarmLevel,
    Modality,
    PatientUpserted,
    ReferralUpserted,
    SafetyEventKind,
    SafetyEventUpserted,
    SafetyReviewStatus,
    TelehealthProblems,
)
from shared.events.measures import (
    AlertAcknowledged,
    AlertAction,
    AlertActioned,
    AlertClosed,
    AlertEscalated,
    AlertRaised,
    AlertRule,
    AssessmentScored,
    EscalationDeadline,
    StaffSurveyClosed,
    StaffSurveyResponse,
)
from shared.events.metrics import RecognitionFound, RecognitionPoint
from shared.events.workforce import (
    EstablishmentUpserted,
    LeavingReason,
    StaffRole,
    StaffUpserted,
)

EVENT_TYPES: dict[str, type[EventData]] = {
    model.type: model
    for model in (
        PatientUpserted,
        ReferralUpserted,
        EncounterUpserted,
        FeedbackReceived,
        FeedbackThemed,
        FeedbackRupture,
        EpisodeUpserted,
        AssessmentScored,
        AlertRaised,
        AlertAcknowledged,
        AlertActioned,
        AlertEscalated,
        AlertClosed,
        SafetyEventUpserted,
        StaffUpserted,
        EstablishmentUpserted,
        StaffSurveyClosed,
        RecognitionFound,
    )
}

#: The types metrics publishes on its own feed: derived from what it reads, never read back.
METRICS_EVENT_TYPES: frozenset[str] = frozenset({RecognitionFound.type})

#: What metrics reads: the types intake and measures publish (``EVENT_TYPES`` less its own).
UPSTREAM_EVENT_TYPES: dict[str, type[EventData]] = {
    name: model for name, model in EVENT_TYPES.items() if name not in METRICS_EVENT_TYPES
}

__all__ = [
    "EVENT_TYPES",
    "METRICS_EVENT_TYPES",
    "UPSTREAM_EVENT_TYPES",
    "AlertAcknowledged",
    "AlertAction",
    "AlertActioned",
    "AlertClosed",
    "AlertEscalated",
    "AlertRaised",
    "AlertRule",
    "AssessmentScored",
    "DischargeReason",
    "EncounterStatus",
    "EncounterUpserted",
    "EpisodeStatus",
    "EpisodeUpserted",
    "EscalationDeadline",
    "EstablishmentUpserted",
    "EventData",
    "FeedbackReceived",
    "FeedbackRupture",
    "FeedbackThemed",
    "HarmLevel",
    "LeavingReason",
    "Modality",
    "PatientUpserted",
    "RecognitionFound",
    "RecognitionPoint",
    "ReferralUpserted",
    "SafetyEventKind",
    "SafetyEventUpserted",
    "SafetyReviewStatus",
    "StaffRole",
    "StaffSurveyClosed",
    "StaffSurveyResponse",
    "StaffUpserted",
    "TelehealthProblems",
]

"""Intake's API models (request and response bodies), one module per resource."""

from services.intake.schemas.batches import BatchResult, ItemResult
from services.intake.schemas.encounters import (
    EncounterBatchItem,
    EncounterIn,
    EncounterOut,
    TechnicalProblems,
)
from services.intake.schemas.episodes import EpisodeBatchItem, EpisodeIn, EpisodeOut
from services.intake.schemas.feedback import (
    FeedbackIn,
    FeedbackOut,
    FeedbackScoresOut,
    ItemScoreOut,
)
from services.intake.schemas.feedback_reads import FeedbackDetailOut
from services.intake.schemas.feedback_responses import FeedbackResponseIn, FeedbackResponseOut
from services.intake.schemas.feedback_themes import ThemeIn, ThemeOut, ThemeTagsIn, ThemeTagsOut
from services.intake.schemas.patients import PatientBatchItem, PatientIn, PatientOut
from services.intake.schemas.referrals import (
    ReferralBatchItem,
    ReferralIn,
    ReferralOut,
    ReferralPriority,
)
from services.intake.schemas.safety_events import SafetyEventIn, SafetyEventOut, SafetyReviewIn

__all__ = [
    "BatchResult",
    "EncounterBatchItem",
    "EncounterIn",
    "EncounterOut",
    "EpisodeBatchItem",
    "EpisodeIn",
    "EpisodeOut",
    "FeedbackDetailOut",
    "FeedbackIn",
    "FeedbackOut",
    "FeedbackResponseIn",
    "FeedbackResponseOut",
    "FeedbackScoresOut",
    "ItemResult",
    "ItemScoreOut",
    "PatientBatchItem",
    "PatientIn",
    "PatientOut",
    "ReferralBatchItem",
    "ReferralIn",
    "ReferralOut",
    "ReferralPriority",
    "SafetyEventIn",
    "SafetyEventOut",
    "SafetyReviewIn",
    "TechnicalProblems",
    "ThemeIn",
    "ThemeOut",
    "ThemeTagsIn",
    "ThemeTagsOut",
]

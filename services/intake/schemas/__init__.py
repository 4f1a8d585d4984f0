"""Intake's API models (request and response bodies), one module per resource."""

from services.intake.schemas.encounters import EncounterIn, EncounterOut, TechnicalProblems
from services.intake.schemas.feedback import (
    FeedbackIn,
    FeedbackOut,
    FeedbackScoresOut,
    ItemScoreOut,
)
from services.intake.schemas.patients import PatientIn, PatientOut
from services.intake.schemas.referrals import ReferralIn, ReferralOut, ReferralPriority

__all__ = [
    "EncounterIn",
    "EncounterOut",
    "FeedbackIn",
    "FeedbackOut",
    "FeedbackScoresOut",
    "ItemScoreOut",
    "PatientIn",
    "PatientOut",
    "ReferralIn",
    "ReferralOut",
    "ReferralPriority",
    "TechnicalProblems",
]

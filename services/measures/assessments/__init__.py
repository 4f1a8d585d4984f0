"""Stored assessments: recorded one at a time or in batches (one path), with their baselines,
anonymous staff answers, and the alerts they raise."""

from services.measures.assessments.alerts import acknowledge, alerts_for
from services.measures.assessments.batch import record_assessment, record_assessments
from services.measures.assessments.recording import (
    Baselined,
    Reading,
    Recorded,
    baseline_of,
    for_subject,
    require_answers,
)
from services.measures.assessments.stored import (
    stored_instrument,
    stored_instruments,
    stored_result,
)

__all__ = [
    "Baselined",
    "Reading",
    "Recorded",
    "acknowledge",
    "alerts_for",
    "baseline_of",
    "for_subject",
    "record_assessment",
    "record_assessments",
    "require_answers",
    "stored_instrument",
    "stored_instruments",
    "stored_result",
]

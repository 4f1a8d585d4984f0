"""Scoring: answers in, total, subscales, bands, critical items and flags out; the change since
baseline and whether a patient is on track (against the org's own history or a rule)."""

from services.measures.scoring.engine import Scorer, band_for, is_case, score, scorer_for
from services.measures.scoring.not_on_track import TrackStatus
from services.measures.scoring.org_history import track, track_with
from services.measures.scoring.outcomes import ChangeAssessment, assess_change
from services.measures.scoring.result import AnswerConflict, CriticalHit, Flag, ScoreResult

__all__ = [
    "AnswerConflict",
    "ChangeAssessment",
    "CriticalHit",
    "Flag",
    "ScoreResult",
    "Scorer",
    "TrackStatus",
    "assess_change",
    "band_for",
    "is_case",
    "score",
    "scorer_for",
    "track",
    "track_with",
]

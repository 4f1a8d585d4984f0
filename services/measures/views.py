"""Stored rows and domain results as API models."""

from __future__ import annotations

from collections.abc import Sequence

from services.measures.assessments import Baselined
from services.measures.models import Alert, Assessment, as_utc
from services.measures.schemas import (
    AlertOut,
    AssessmentOut,
    ChangeOut,
    ScoreOut,
    TrackOut,
)
from services.measures.score_result import ScoreResult


def score_out(result: ScoreResult) -> ScoreOut:
    return ScoreOut.model_validate(result.as_dict())


def change_out(baselined: Baselined | None) -> ChangeOut | None:
    if baselined is None:
        return None
    change, tracking = baselined.change, baselined.tracking
    return ChangeOut(
        baseline_assessment_id=baselined.baseline.assessment_id,
        baseline_total=change.baseline,
        baseline_at=as_utc(baselined.baseline.completed_at),
        change=change.change,
        weeks_in_care=change.weeks_in_care,
        reliable_change_threshold=change.reliable_change_threshold,
        reliable_improvement=change.reliable_improvement,
        reliable_deterioration=change.reliable_deterioration,
        baseline_case=change.baseline_case,
        clinically_significant_improvement=change.clinically_significant_improvement,
        recovery=change.recovery,
        response=change.response,
        remission=change.remission,
        tracking=None
        if tracking is None
        else TrackOut(
            verdict=tracking.verdict,
            on_track=tracking.on_track,
            decided_by=tracking.decided_by,
            model_version=tracking.model_version,
            reason=tracking.reason,
        ),
    )


def alert_out(row: Alert) -> AlertOut:
    return AlertOut(
        alert_id=row.alert_id,
        rule=row.rule,
        rule_id=row.rule_id,
        severity=row.severity,
        patient_id=row.patient_id,
        assessment_id=row.assessment_id,
        instrument_id=row.instrument_id,
        clinician_id=row.clinician_id,
        team_id=row.team_id,
        site_id=row.site_id,
        evidence=row.evidence,
        raised_at=as_utc(row.raised_at),
        acknowledged_at=None if row.acknowledged_at is None else as_utc(row.acknowledged_at),
        acknowledged_by=row.acknowledged_by,
    )


def assessment_out(
    row: Assessment,
    result: ScoreResult,
    baselined: Baselined | None,
    alerts: Sequence[Alert],
) -> AssessmentOut:
    return AssessmentOut(
        assessment_id=row.assessment_id,
        patient_id=row.patient_id,
        instrument_id=row.instrument_id,
        completed_at=as_utc(row.completed_at),
        completed_by=row.completed_by,
        clinician_id=row.clinician_id,
        team_id=row.team_id,
        site_id=row.site_id,
        score=score_out(result),
        change=change_out(baselined),
        alerts=[alert_out(a) for a in alerts],
    )

"""Store a scored assessment, judge its change since baseline, raise alerts, publish events.

All of it happens in the caller's transaction: the assessment, its alerts and their feed events
commit together or not at all. A resent assessment (same id, same content) changes nothing; the
same id with other content is a conflict.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from services.measures import models
from services.measures.alerts import raise_alerts
from services.measures.instruments import Instrument
from services.measures.models import AlertRow, AssessmentRow, as_utc
from services.measures.not_on_track import TrackStatus
from services.measures.org_history import track
from services.measures.outcomes import ChangeAssessment, assess_change
from services.measures.score_result import Flag, ScoreResult
from services.measures.scoring import score
from shared.events import AssessmentScored
from shared.feed import NewEvent, append_events
from shared.models import utcnow
from shared.problems import Conflict


@dataclass(frozen=True, slots=True)
class Baselined:
    baseline: AssessmentRow
    change: ChangeAssessment
    tracking: TrackStatus | None


@dataclass(frozen=True, slots=True)
class Recorded:
    row: AssessmentRow
    result: ScoreResult
    baselined: Baselined | None
    alerts: list[AlertRow]
    created: bool


def record_assessment(
    session: Session,
    *,
    org: str,
    inst: Instrument,
    data: dict[str, Any],
    source: str = "api",
    stated_total: float | None = None,
    extra_flags: tuple[Flag, ...] = (),
) -> Recorded:
    """Score and store one assessment (``data`` follows ``schemas.AssessmentIn``)."""
    answers: dict[str, int] = data["answers"]
    completed_at = as_utc(data["completed_at"])
    fingerprint = _fingerprint(inst.id, data)
    assessment_id = data.get("assessment_id") or str(uuid.uuid4())
    existing = session.get(AssessmentRow, (org, assessment_id))
    result = score(inst, answers, population=data.get("population"))
    if extra_flags:
        result = result.with_flags(*extra_flags)
    if existing is not None:
        if existing.fingerprint != fingerprint:
            raise Conflict(
                "Another assessment was stored under this id.", slug="assessment-id-reused"
            )
        return Recorded(existing, result, baseline_of(session, existing, inst), [], created=False)
    row = AssessmentRow(
        org=org,
        assessment_id=assessment_id,
        patient_id=data.get("patient_id"),
        instrument_id=inst.id,
        instrument_version=inst.version,
        scoring_version=inst.key,
        completed_at=completed_at,
        completed_by=data.get("completed_by", "patient"),
        clinician_id=data.get("clinician_id"),
        team_id=data.get("team_id"),
        site_id=data.get("site_id"),
        answers=dict(result.answers),
        total=result.total,
        severity_band=None if result.band is None else result.band.code,
        caseness=result.case,
        subscales={k: s.value for k, s in result.subscales.items()},
        classifications={k: c.code for k, c in result.classifications.items()},
        flags=sorted(result.flags),
        critical=[hit.rule_id for hit in result.critical],
        stated_total=stated_total,
        source=source,
        fingerprint=fingerprint,
        created_at=utcnow(),
    )
    session.add(row)
    session.flush()
    baselined = baseline_of(session, row, inst, with_tracking=True)
    append_events(session, models.feed_events, [_scored_event(row, baselined)])
    alerts = raise_alerts(session, row=row, result=result, inst=inst, baselined=baselined)
    return Recorded(row, result, baselined, alerts, created=True)


def baseline_of(
    session: Session, row: AssessmentRow, inst: Instrument, *, with_tracking: bool = False
) -> Baselined | None:
    """The patient's first scored assessment on this instrument, and the change since."""
    if row.patient_id is None or row.total is None or inst.total is None:
        return None
    baseline = session.exec(
        select(AssessmentRow)
        .where(
            AssessmentRow.org == row.org,
            AssessmentRow.patient_id == row.patient_id,
            AssessmentRow.instrument_id == row.instrument_id,
            col(AssessmentRow.total).is_not(None),
        )
        .order_by(col(AssessmentRow.completed_at), col(AssessmentRow.assessment_id))
        .limit(1)
    ).first()
    if baseline is None or baseline.assessment_id == row.assessment_id:
        return None
    change = assess_change(
        inst.total,
        baseline.total or 0,
        row.total,
        baseline_at=as_utc(baseline.completed_at),
        current_at=as_utc(row.completed_at),
    )
    tracking = track(session, inst, row, baseline, change) if with_tracking else None
    return Baselined(baseline, change, tracking)


def _scored_event(row: AssessmentRow, baselined: Baselined | None) -> NewEvent:
    change = None if baselined is None else baselined.change
    data = AssessmentScored(
        assessment_id=row.assessment_id,
        instrument_id=row.instrument_id,
        instrument_version=row.scoring_version,
        completed_at=as_utc(row.completed_at),
        patient_id=row.patient_id,
        clinician_id=row.clinician_id,
        team_id=row.team_id,
        site_id=row.site_id,
        completed_by=row.completed_by,
        total=row.total,
        subscales={k: v for k, v in row.subscales.items() if v is not None},
        severity_band=row.severity_band,
        caseness=row.caseness,
        flags=list(row.flags),
        baseline_assessment_id=None if baselined is None else baselined.baseline.assessment_id,
        baseline_total=None if baselined is None else baselined.baseline.total,
        baseline_at=None if baselined is None else as_utc(baselined.baseline.completed_at),
        change_from_baseline=None if change is None else change.change,
        weeks_since_baseline=None if change is None else change.weeks_in_care,
        reliable_improvement=bool(change and change.reliable_improvement),
        reliable_deterioration=bool(change and change.reliable_deterioration),
        clinically_significant_improvement=bool(
            change and change.clinically_significant_improvement
        ),
        recovery=bool(change and change.recovery),
        response=bool(change and change.response),
        remission=bool(change and change.remission),
    )
    return NewEvent.of(row.org, f"assessments/{row.assessment_id}", data)


def _fingerprint(instrument_id: str, data: dict[str, Any]) -> str:
    content = {k: v for k, v in data.items() if k != "assessment_id"}
    content["instrument_id"] = instrument_id
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=_iso).encode()).hexdigest()


def _iso(value: Any) -> str:
    return as_utc(value).isoformat() if isinstance(value, datetime) else str(value)

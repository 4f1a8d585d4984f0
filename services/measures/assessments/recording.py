"""What storing a scored assessment involves: its subject, its row, its baseline and change, its
feed event (:mod:`services.measures.assessments.batch` records them).

All of it happens in the caller's transaction: the assessment, its alerts and their feed events
commit together or not at all. A resent assessment (same id, same content) changes nothing; the
same id with other content is a conflict.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, select

from services.measures.assessments.staff import anonymous_answer, period_start
from services.measures.errors import (
    EmptyResponseError,
    PatientRequiredError,
)
from services.measures.fhir.observation_ids import observation_stem
from services.measures.instruments.catalog import Instrument
from services.measures.models import Alert, Assessment, AssessmentRow, as_utc
from services.measures.scoring.engine import scorer_for
from services.measures.scoring.not_on_track import TrackStatus
from services.measures.scoring.org_history import track
from services.measures.scoring.outcomes import ChangeAssessment, assess_change
from services.measures.scoring.result import AnswerConflict, Flag, ScoreResult
from shared.events import AssessmentScored
from shared.feed import NewEvent


@dataclass(frozen=True, slots=True)
class SeriesStart:
    """The first scored assessment of a patient's episode of care on an instrument: what the
    change is measured from. ``total`` is a float, as the database hands it back."""

    assessment_id: str
    completed_at: datetime
    total: float

    @classmethod
    def of(cls, row: Assessment) -> SeriesStart:
        return cls(row.assessment_id, row.completed_at, float(row.total or 0))


@dataclass(frozen=True, slots=True)
class Baselined:
    baseline: SeriesStart
    change: ChangeAssessment
    tracking: TrackStatus | None


@dataclass(frozen=True, slots=True)
class Reading:
    """What reading a FHIR QuestionnaireResponse found besides the answers: the total the sender
    stated (kept, and flagged when it disagrees with ours) and the answers read the more severe
    way (kept and flagged). An assessment sent as JSON has neither."""

    stated_total: float | None = None
    answer_conflicts: tuple[AnswerConflict, ...] = ()

    def applied_to(self, result: ScoreResult) -> ScoreResult:
        """``result`` with this reading's flags and conflicts."""
        if self.stated_total is not None and self.stated_total != result.total:
            result = result.with_flags(Flag.STATED_TOTAL_MISMATCH)
        return result.with_conflicts(self.answer_conflicts)


NO_READING = Reading()


@dataclass(frozen=True, slots=True)
class Recorded:
    row: Assessment
    result: ScoreResult
    baselined: Baselined | None
    alerts: list[Alert]
    created: bool


def for_subject(inst: Instrument, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` as stored for the instrument's subject: a patient instrument needs a patient;
    a staff instrument is anonymous (:mod:`services.measures.assessments.staff`)."""
    if inst.answered_by_staff:
        return anonymous_answer(data)
    if data.get("patient_id") is None:
        raise PatientRequiredError()
    return data


def require_answers(inst: Instrument, answers: dict[str, int]) -> None:
    """Refuse a response in which no item has a valid answer: it would be stored as a screen
    that says nothing (an empty C-SSRS screen once read as negative)."""
    if not scorer_for(inst).has_answer(answers):
        raise EmptyResponseError(inst.id)


def new_row(
    *,
    org: str,
    inst: Instrument,
    data: dict[str, Any],
    result: ScoreResult,
    assessment_id: str,
    fingerprint: str,
    source: str,
    stated_total: float | None,
    created_at: datetime,
) -> dict[str, Any]:
    """The columns a new assessment is stored with. ``completed_at`` is kept in UTC: SQLite
    drops the offset of a stored time, and baselines are ordered by it. A staff answer's
    ``created_at`` is coarsened like its ``completed_at`` (``data`` already holds that)."""
    if inst.answered_by_staff:
        created_at = period_start(created_at)
    return dict(
        org=org,
        assessment_id=assessment_id,
        patient_id=data.get("patient_id"),
        instrument_id=inst.id,
        instrument_version=inst.version,
        scoring_version=inst.key,
        completed_at=as_utc(data["completed_at"]).astimezone(UTC),
        completed_by=data.get("completed_by", "patient"),
        clinician_id=data.get("clinician_id"),
        team_id=data.get("team_id"),
        site_id=data.get("site_id"),
        episode_id=None,  # the series decides it (assessments/series.py)
        answers=dict(result.answers),
        total=result.total,
        severity_band=None if result.band is None else result.band.code,
        caseness=result.case,
        subscales={k: s.value for k, s in result.subscales.items()},
        classifications={k: c.code for k, c in result.classifications.items()},
        flags=sorted(result.flags),
        critical=[hit.rule_id for hit in result.critical],
        answer_conflicts=[c.as_dict() for c in result.answer_conflicts],
        stated_total=stated_total,
        source=source,
        fingerprint=fingerprint,
        created_at=created_at,
        fhir_id=observation_stem(org, assessment_id),
    )


def baseline_of(
    session: Session, row: AssessmentRow, inst: Instrument, *, with_tracking: bool = False
) -> Baselined | None:
    """The first scored assessment of the row's episode of care, and the change since."""
    if row.patient_id is None or row.total is None or inst.total is None:
        return None
    baseline = session.exec(
        select(AssessmentRow)
        .where(
            AssessmentRow.org == row.org,
            AssessmentRow.patient_id == row.patient_id,
            AssessmentRow.instrument_id == row.instrument_id,
            AssessmentRow.episode_id == row.episode_id,
            col(AssessmentRow.total).is_not(None),
        )
        .order_by(col(AssessmentRow.completed_at), col(AssessmentRow.assessment_id))
        .limit(1)
    ).first()
    start = None if baseline is None else SeriesStart.of(baseline)
    change = change_since(inst, row, start)
    if start is None or change is None:
        return None
    tracking = track(session, inst, row, start.total, change) if with_tracking else None
    return Baselined(start, change, tracking)


def change_since(
    inst: Instrument, row: Assessment, baseline: SeriesStart | None
) -> ChangeAssessment | None:
    """The change from ``baseline`` (the episode's first scored row) to ``row``; None when there
    is nothing to compare (no total, no baseline, or ``row`` is the baseline)."""
    if (
        baseline is None
        or baseline.assessment_id == row.assessment_id
        or row.total is None
        or inst.total is None
    ):
        return None
    return assess_change(
        inst.total,
        baseline.total,
        row.total,
        baseline_at=as_utc(baseline.completed_at),
        current_at=as_utc(row.completed_at),
    )


def scored_event(row: Assessment, baselined: Baselined | None, inst: Instrument) -> NewEvent:
    """The feed event of a new assessment (or of one republished because a late assessment
    changed its episode or baseline). A staff answer's event is stamped with its row's
    coarsened ``created_at`` instead of the commit time (see :mod:`.staff`)."""
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
        episode_id=row.episode_id,
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
        # None where the patient is not eligible (or there is no rule): never False.
        reliable_improvement=None if change is None else change.reliable_improvement,
        reliable_deterioration=None if change is None else change.reliable_deterioration,
        clinically_significant_improvement=None
        if change is None
        else change.clinically_significant_improvement,
        recovery=None if change is None else change.recovery,
        response=None if change is None else change.response,
        remission=None if change is None else change.remission,
    )
    time = as_utc(row.created_at) if inst.answered_by_staff else None
    return NewEvent.of(row.org, f"assessments/{row.assessment_id}", data, time=time)


def fingerprint(instrument_id: str, data: dict[str, Any]) -> str:
    """A hash of what was sent. An absent ``episode_id`` is left out, so an assessment stored
    before episodes existed still matches its resend."""
    content = {
        k: v
        for k, v in data.items()
        if k != "assessment_id" and not (k == "episode_id" and v is None)
    }
    content["instrument_id"] = instrument_id
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=_iso).encode()).hexdigest()


def _iso(value: Any) -> str:
    return as_utc(value).isoformat() if isinstance(value, datetime) else str(value)

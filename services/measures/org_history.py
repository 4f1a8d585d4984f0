"""Teach the not-on-track model from the organisation's own patients.

Every patient of the org with a baseline and later scores on the same instrument is an episode
of history. Refitting reads the org's whole history, so a fitted model is reused for up to
:data:`REFIT_SECONDS` unless the history grew by more than a tenth meanwhile (percentile bands
of hundreds of episodes barely move with a few more). Instruments without bands group every
baseline together.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.measures.instruments import Instrument
from services.measures.models import AssessmentRow, as_utc
from services.measures.not_on_track import (
    EpisodePoint,
    ExpectedChangeModel,
    TrackStatus,
    fit_expected_change,
    track_status,
)
from services.measures.outcomes import ChangeAssessment, weeks_between
from services.measures.scoring import band_for

REFIT_SECONDS = 300.0
_CACHE: OrderedDict[tuple[str, str], tuple[ExpectedChangeModel, int, float]] = OrderedDict()
_CACHE_SIZE = 256


def baseline_band(inst: Instrument, total: float) -> str:
    band = None if inst.total is None else band_for(inst.total, total)
    return "all" if band is None else band.code


def track(
    session: Session,
    inst: Instrument,
    row: AssessmentRow,
    baseline: AssessmentRow,
    change: ChangeAssessment,
) -> TrackStatus | None:
    if inst.total is None or change.weeks_in_care is None or baseline.total is None:
        return None
    model = org_model(session, inst, row.org)
    return track_status(
        inst.total,
        model,
        baseline_band=baseline_band(inst, baseline.total),
        weeks_since_baseline=change.weeks_in_care,
        change=change.change,
    )


def org_model(session: Session, inst: Instrument, org: str) -> ExpectedChangeModel | None:
    scope = (
        AssessmentRow.org == org,
        AssessmentRow.instrument_id == inst.id,
        col(AssessmentRow.total).is_not(None),
        col(AssessmentRow.patient_id).is_not(None),
    )
    size = int(session.exec(select(func.count()).select_from(AssessmentRow).where(*scope)).one())
    key = (org, inst.key)
    cached = _CACHE.get(key)
    if cached is not None:
        cached_model, fitted_size, fitted_at = cached
        if time.monotonic() - fitted_at < REFIT_SECONDS and size <= fitted_size * 1.1 + 1:
            _CACHE.move_to_end(key)
            return cached_model
    rows = session.exec(
        select(AssessmentRow.patient_id, AssessmentRow.completed_at, AssessmentRow.total)
        .where(*scope)
        .order_by(col(AssessmentRow.patient_id), col(AssessmentRow.completed_at))
    ).all()
    model = fit_expected_change(inst.total, _points(inst, rows)) if inst.total else None
    if model is not None:
        _CACHE[key] = (model, size, time.monotonic())
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return model


def _points(
    inst: Instrument, rows: Iterable[tuple[str | None, object, float | None]]
) -> list[EpisodePoint]:
    points = []
    first: dict[str, tuple[object, float]] = {}
    for patient_id, completed_at, total in rows:
        if patient_id is None or total is None:
            continue
        if patient_id not in first:
            first[patient_id] = (completed_at, total)
            continue
        start, base = first[patient_id]
        points.append(
            EpisodePoint(
                episode_id=patient_id,
                baseline_band=baseline_band(inst, base),
                weeks_since_baseline=weeks_between(as_utc(start), as_utc(completed_at)),  # type: ignore[arg-type]
                change=total - base,
            )
        )
    return points

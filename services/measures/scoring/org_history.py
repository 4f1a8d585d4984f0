"""Teach the not-on-track model from the organisation's own patients.

Every episode of care of the org's patients with a baseline and later scores on the same
instrument is a series of history, if the baseline is eligible for expected-change rules (a
case with room for a reliable improvement:
:func:`services.measures.not_on_track.not_applicable_reason`). Refitting reads the org's whole
history, so a fitted model is reused for up to :data:`REFIT_SECONDS` unless the history grew by
more than a tenth meanwhile (percentile bands of hundreds of series barely move with a few
more). Instruments without bands group every baseline together.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, func, type_coerce
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from services.measures.instruments.catalog import Instrument
from services.measures.models import AssessmentRow, as_utc
from services.measures.scoring.engine import band_for
from services.measures.scoring.not_on_track import (
    EpisodePoint,
    ExpectedChangeModel,
    TrackStatus,
    fit_expected_change,
    not_applicable_reason,
    track_status,
    verdict_before_models,
)
from services.measures.scoring.outcomes import ChangeAssessment, weeks_between

REFIT_SECONDS = 300.0
_CACHE: OrderedDict[tuple[str, str], tuple[ExpectedChangeModel, int, float]] = OrderedDict()
_CACHE_SIZE = 256
HistoryRow = tuple[str | None, Any, float | None, str | None]
"""(patient_id, completed_at, total, episode_id) of one row of an org's history."""


def baseline_band(inst: Instrument, total: float) -> str:
    band = None if inst.total is None else band_for(inst.total, total)
    return "all" if band is None else band.code


def track(
    session: Session,
    inst: Instrument,
    row: AssessmentRow,
    baseline_total: float | None,
    change: ChangeAssessment,
) -> TrackStatus | None:
    return track_with(inst, baseline_total, change, lambda: org_model(session, inst, row.org))


def track_with(
    inst: Instrument,
    baseline_total: float | None,
    change: ChangeAssessment,
    model: Callable[[], ExpectedChangeModel | None],
) -> TrackStatus | None:
    """The verdict for one follow-up; ``model`` is asked for the org's model only when one
    can decide (so the history is read only then)."""
    if inst.total is None or change.weeks_in_care is None or baseline_total is None:
        return None
    early = verdict_before_models(inst.total, change)
    if early is not None:
        return early
    return track_status(
        inst.total, model(), change, baseline_band=baseline_band(inst, baseline_total)
    )


def history_scope(org: str, instrument_id: str) -> tuple[Any, ...]:
    """The rows that make up an org's history on an instrument."""
    return (
        AssessmentRow.org == org,
        AssessmentRow.instrument_id == instrument_id,
        col(AssessmentRow.total).is_not(None),
        col(AssessmentRow.patient_id).is_not(None),
    )


def org_model(session: Session, inst: Instrument, org: str) -> ExpectedChangeModel | None:
    scope = history_scope(org, inst.id)
    size = int(session.exec(select(func.count()).select_from(AssessmentRow).where(*scope)).one())

    return cached_model(
        inst, org, size=size, history=lambda: history_rows(session, org, inst.id, ordered=True)
    )


def history_rows(
    session: Session, org: str, instrument_id: str, *, ordered: bool = False
) -> list[HistoryRow]:
    """The org's history on an instrument (optionally ordered by patient, then completion).

    A refit reads every row, so SQLite's stored text times are parsed here with the C-coded
    ``datetime.fromisoformat`` rather than through SQLAlchemy's per-row type processing (three
    times slower, and most of a refit's cost)."""
    t = AssessmentRow.__table__.c  # type: ignore[attr-defined]
    sqlite = session.get_bind().dialect.name == "sqlite"
    completed = type_coerce(t.completed_at, String) if sqlite else t.completed_at
    query = core_select(t.patient_id, completed, t.total, t.episode_id).where(
        *history_scope(org, instrument_id)
    )
    if ordered:
        query = query.order_by(t.patient_id, t.completed_at)
    rows = session.connection().execute(query).all()
    if not sqlite:
        return [(p, as_utc(at), total, e) for p, at, total, e in rows]
    parse = datetime.fromisoformat
    return [(p, parse(at).replace(tzinfo=UTC), total, e) for p, at, total, e in rows]


def cached_model(
    inst: Instrument, org: str, *, size: int, history: Callable[[], Iterable[HistoryRow]]
) -> ExpectedChangeModel | None:
    """The org's model for a history of ``size`` rows: the cached fit while it is fresh,
    else a new fit of ``history()`` (rows ordered by patient, then completion time)."""
    key = (org, inst.key)
    cached = _CACHE.get(key)
    if cached is not None:
        cached_model, fitted_size, fitted_at = cached
        if time.monotonic() - fitted_at < REFIT_SECONDS and size <= fitted_size * 1.1 + 1:
            _CACHE.move_to_end(key)
            return cached_model
    model = fit_expected_change(inst.total, _points(inst, history())) if inst.total else None
    if model is not None:
        _CACHE[key] = (model, size, time.monotonic())
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return model


def _points(inst: Instrument, rows: Iterable[HistoryRow]) -> list[EpisodePoint]:
    """The follow-ups of every episode whose baseline is eligible for expected-change rules
    (the population the model is later applied to)."""
    assert inst.total is not None
    points = []
    first: dict[tuple[str, str | None], tuple[Any, float, str] | None] = {}
    for patient_id, completed_at, total, episode_id in rows:
        if patient_id is None or total is None:
            continue
        key = (patient_id, episode_id)
        if key not in first:
            eligible = not_applicable_reason(inst.total, total) is None
            first[key] = (
                (as_utc(completed_at), total, baseline_band(inst, total)) if eligible else None
            )
            continue
        series = first[key]
        if series is None:
            continue
        start, base, band = series
        points.append(
            EpisodePoint(
                episode_id=f"{patient_id}/{episode_id}",
                baseline_band=band,
                weeks_since_baseline=weeks_between(start, as_utc(completed_at)),
                change=total - base,
            )
        )
    return points

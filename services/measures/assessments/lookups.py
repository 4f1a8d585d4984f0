"""What a batch of assessments reads before it records anything: one query per chunk of ids,
whatever the batch's size (the stored resends, each series' baseline, the org's history, the
open not-on-track alerts), so recording is followed item by item in memory."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import func, tuple_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from services.measures.assessments.recording import SeriesStart
from services.measures.models import AlertRow, Assessment, AssessmentRow, as_utc
from services.measures.scoring.org_history import HistoryRow, history_rows

__all__ = [
    "BATCH_CHUNK",
    "History",
    "Series",
    "chunks",
    "open_not_on_track",
    "stored_baselines",
    "stored_rows",
]

_ASSESSMENTS = AssessmentRow.__table__  # type: ignore[attr-defined]
_ALERTS = AlertRow.__table__  # type: ignore[attr-defined]

#: Largest IN list one query sends (keeps statements small on SQLite and PostgreSQL).
BATCH_CHUNK = 500


_PATIENT_TIME = itemgetter(0, 1)


Series = tuple[str, str]  # (patient_id, instrument_id)


def chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), BATCH_CHUNK):
        yield values[start : start + BATCH_CHUNK]


def stored_rows(session: Session, org: str, ids: Sequence[str]) -> dict[str, AssessmentRow]:
    """The already stored assessments among ``ids`` (resends), by id."""
    found: dict[str, AssessmentRow] = {}
    for chunk in chunks(sorted(set(ids))):
        query = select(AssessmentRow).where(
            AssessmentRow.org == org, col(AssessmentRow.assessment_id).in_(chunk)
        )
        found.update((row.assessment_id, row) for row in session.exec(query))
    return found


def stored_baselines(session: Session, org: str, series: set[Series]) -> dict[Series, SeriesStart]:
    """The stored baseline of each (patient, instrument) series, as ``baseline_of`` finds it."""
    found: dict[Series, SeriesStart] = {}
    if not series:
        return found
    t = _ASSESSMENTS.c
    instrument_ids = sorted({instrument_id for _, instrument_id in series})
    for chunk in chunks(sorted({patient_id for patient_id, _ in series})):
        # Each series' earliest completion time (an index walk), then the rows at that time:
        # more than one only when two share it, and then the smaller id is the baseline.
        firsts = (
            core_select(t.patient_id, t.instrument_id, func.min(t.completed_at))
            .where(
                t.org == org,
                t.patient_id.in_(chunk),
                t.instrument_id.in_(instrument_ids),
                t.total.is_not(None),
            )
            .group_by(t.patient_id, t.instrument_id)
        )
        query = core_select(
            t.patient_id, t.instrument_id, t.assessment_id, t.completed_at, t.total
        ).where(
            t.org == org,
            t.total.is_not(None),
            tuple_(t.patient_id, t.instrument_id, t.completed_at).in_(firsts),
        )
        for r in session.execute(query):
            key = (r.patient_id, r.instrument_id)
            known = found.get(key)
            if key in series and (known is None or r.assessment_id < known.assessment_id):
                found[key] = SeriesStart(r.assessment_id, r.completed_at, float(r.total))
    return found


class History:
    """The org's scored history per instrument, as the single path's queries would see it
    after each item: the stored rows (counted once, read only when the model is refitted) plus
    the batch's rows so far."""

    def __init__(self, session: Session, org: str, instrument_ids: list[str]) -> None:
        self._session, self._org, self._ids = session, org, instrument_ids
        self._stored_size: dict[str, int] | None = None
        self._stored_rows: dict[str, list[HistoryRow]] = {}
        self._added: dict[str, list[HistoryRow]] = {}

    def add(self, row: Assessment) -> None:
        self._added.setdefault(row.instrument_id, []).append(
            (row.patient_id, as_utc(row.completed_at), row.total, row.episode_id)
        )

    def size(self, instrument_id: str) -> int:
        if self._stored_size is None:
            t = _ASSESSMENTS.c
            query = (
                core_select(t.instrument_id, func.count())
                .where(
                    t.org == self._org,
                    t.instrument_id.in_(self._ids),
                    t.total.is_not(None),
                    t.patient_id.is_not(None),
                )
                .group_by(t.instrument_id)
            )
            self._stored_size = {i: int(n) for i, n in self._session.execute(query)}
        return self._stored_size.get(instrument_id, 0) + len(self._added.get(instrument_id, ()))

    def rows(self, instrument_id: str) -> list[HistoryRow]:
        if instrument_id not in self._stored_rows:
            self._stored_rows[instrument_id] = history_rows(
                self._session, self._org, instrument_id, ordered=True
            )
        # Stored rows come in order; timsort merges the batch's rows in almost linearly.
        rows = self._stored_rows[instrument_id] + self._added.get(instrument_id, [])
        rows.sort(key=_PATIENT_TIME)
        return rows


def open_not_on_track(session: Session, org: str, series: set[Series]) -> set[Series]:
    """Which of these series already have an open not-on-track alert."""
    found: set[Series] = set()
    t = _ALERTS.c
    for chunk in chunks(sorted({patient_id for patient_id, _ in series})):
        query = core_select(t.patient_id, t.instrument_id).where(
            t.org == org,
            t.rule == "not_on_track",
            t.acknowledged_at.is_(None),
            t.patient_id.in_(chunk),
        )
        found.update(key for key in map(tuple, session.execute(query)) if key in series)
    return found

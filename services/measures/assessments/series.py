"""A batch's view of each patient's series on each instrument: the episode every assessment
belongs to, each episode's baseline, and which stored or earlier-published assessments a new
one changed.

The stored series are read once, up front (one query per chunk of patients), and then kept true
item by item in memory (:mod:`services.measures.scoring.episodes` holds the rule). Every
assessment's published state is its episode and its episode's baseline; an item that changes
either for others (a late assessment that becomes its episode's first, or bridges a gap and
merges two episodes) leaves them *stale*, and the batch republishes their ``assessment.scored``
with the new episode and baseline (:func:`stale`). Stored rows whose episode moved are updated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select as core_select
from sqlmodel import Session

from services.measures.assessments.lookups import Series, chunks
from services.measures.assessments.recording import SeriesStart
from services.measures.models import Assessment, AssessmentRow, AssessmentValues, as_utc
from services.measures.scoring.episodes import gap_episodes, is_gap_episode

_ASSESSMENTS = AssessmentRow.__table__  # type: ignore[attr-defined]
State = tuple[str | None, str | None]
"""(episode_id, baseline assessment_id) an assessment was published with."""


@dataclass(slots=True)
class _Entry:
    completed_at: datetime
    assessment_id: str
    total: float | None
    episode_id: str | None
    named: bool


class SeriesBook:
    """The series of ``keys`` as stored, then as each recorded item leaves them."""

    def __init__(self, session: Session, org: str, keys: set[Series]) -> None:
        self._series: dict[Series, dict[str, _Entry]] = {key: {} for key in keys}
        self._published: dict[str, State] = {}
        self._stored_episode: dict[str, str | None] = {}
        t = _ASSESSMENTS.c
        instrument_ids = sorted({instrument_id for _, instrument_id in keys})
        for chunk in chunks(sorted({patient_id for patient_id, _ in keys})):
            query = core_select(
                t.patient_id,
                t.instrument_id,
                t.assessment_id,
                t.completed_at,
                t.total,
                t.episode_id,
            ).where(t.org == org, t.patient_id.in_(chunk), t.instrument_id.in_(instrument_ids))
            for r in session.execute(query):
                entries = self._series.get((r.patient_id, r.instrument_id))
                if entries is None:
                    continue
                named = r.episode_id is not None and not is_gap_episode(r.episode_id)
                entries[r.assessment_id] = _Entry(
                    as_utc(r.completed_at),
                    r.assessment_id,
                    None if r.total is None else float(r.total),
                    r.episode_id,
                    named,
                )
                self._stored_episode[r.assessment_id] = r.episode_id
        for key, entries in self._series.items():
            firsts = self._firsts(key)
            for entry in entries.values():
                self._published[entry.assessment_id] = _state(entry, firsts)

    def add(self, row: Assessment, named_episode: str | None) -> None:
        """File a new assessment in its series and set its ``episode_id``: the one it names,
        or the gap rule's (which may move the series' other unnamed assessments too)."""
        assert row.patient_id is not None
        key = (row.patient_id, row.instrument_id)
        entries = self._series[key]
        total = None if row.total is None else float(row.total)
        entry = _Entry(
            as_utc(row.completed_at),
            row.assessment_id,
            total,
            named_episode,
            named_episode is not None,
        )
        entries[row.assessment_id] = entry
        if not entry.named:
            unnamed = [(e.completed_at, e.assessment_id) for e in entries.values() if not e.named]
            for assessment_id, episode_id in gap_episodes(row.patient_id, unnamed).items():
                entries[assessment_id].episode_id = episode_id
        row.episode_id = entry.episode_id

    def episode_of(self, row: Assessment) -> str | None:
        if row.patient_id is None:
            return None
        entry = self._series.get((row.patient_id, row.instrument_id), {}).get(row.assessment_id)
        return None if entry is None else entry.episode_id

    def baseline(self, row: Assessment) -> SeriesStart | None:
        """The first scored assessment of ``row``'s episode (by completion time, then id)."""
        if row.patient_id is None:
            return None
        key = (row.patient_id, row.instrument_id)
        entry = self._series.get(key, {}).get(row.assessment_id)
        if entry is None:
            return None
        first = self._first(key, entry.episode_id)
        return None if first is None else SeriesStart(first.assessment_id, first.completed_at,
                                                       float(first.total or 0))  # fmt: skip

    def published(self, row: Assessment, baseline: SeriesStart | None) -> None:
        """Note the state ``row``'s event was published with."""
        self._published[row.assessment_id] = (
            self.episode_of(row),
            None if baseline is None else baseline.assessment_id,
        )

    def stale(self) -> list[tuple[str, str | None]]:
        """The assessments whose episode or baseline is no longer the one they were published
        with, each with its episode now (in series order, so republished events read in the
        order a reader would expect)."""
        found = []
        for key, entries in self._series.items():
            firsts = self._firsts(key)
            for entry in sorted(entries.values(), key=_order):
                published = self._published.get(entry.assessment_id)
                if published is not None and published != _state(entry, firsts):
                    found.append((entry.assessment_id, entry.episode_id))
        return found

    def moved(self) -> list[tuple[str, str | None]]:
        """Stored assessments whose ``episode_id`` must be updated."""
        return [
            (e.assessment_id, e.episode_id)
            for entries in self._series.values()
            for e in entries.values()
            if e.assessment_id in self._stored_episode
            and self._stored_episode[e.assessment_id] != e.episode_id
        ]

    def _first(self, key: Series, episode_id: str | None) -> _Entry | None:
        scored = (
            e
            for e in self._series[key].values()
            if e.episode_id == episode_id and e.total is not None
        )
        return min(scored, key=_order, default=None)

    def _firsts(self, key: Series) -> dict[str | None, _Entry]:
        """Each episode's first scored entry, in one pass over the series."""
        firsts: dict[str | None, _Entry] = {}
        for e in self._series[key].values():
            known = firsts.get(e.episode_id)
            if e.total is not None and (known is None or _order(e) < _order(known)):
                firsts[e.episode_id] = e
        return firsts


def _order(entry: _Entry) -> tuple[datetime, str]:
    return (entry.completed_at, entry.assessment_id)


def _state(entry: _Entry, firsts: dict[str | None, _Entry]) -> State:
    if entry.total is None:
        return (entry.episode_id, None)
    first = firsts.get(entry.episode_id)
    return (entry.episode_id, None if first is None else first.assessment_id)


def stored_values(session: Session, org: str, ids: Iterable[str]) -> dict[str, AssessmentValues]:
    """Stored assessments as plain objects (to republish: changed without the ORM noticing)."""
    found: dict[str, AssessmentValues] = {}
    t = _ASSESSMENTS.c
    for chunk in chunks(sorted(set(ids))):
        query = core_select(_ASSESSMENTS).where(t.org == org, t.assessment_id.in_(chunk))
        for r in session.execute(query).mappings():
            found[r["assessment_id"]] = AssessmentValues(**r)
    return found

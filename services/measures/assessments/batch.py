"""Record assessments: one, or many in one go, each answered as if sent on its own, in order.

A single assessment is a batch of one (:func:`record_assessment`), so one implementation stores,
baselines and alerts every assessment, whether it came alone, in an offline sync or as a FHIR
QuestionnaireResponse. Everything an item depends on is read up front, with one query per chunk
of ids (a row at a time, an offline sync of 500 items once spent seconds), and then followed
item by item in memory:

* each patient's baseline on each instrument (the first scored assessment, by completion time
  then id) starts from the database and moves when an earlier-completed item arrives, so the
  first of several items for a new patient is the baseline of the later ones, whatever order
  they come in;
* a resent id finds the stored row or an earlier item of the batch (same content: 200, other
  content: 409);
* the org's history size per instrument grows with every scored item, so the not-on-track
  model is reused or refitted exactly when sending the items one at a time would (its cache is
  shared);
* a not-on-track alert raised by one item suppresses the next one for that patient.

The rows, alerts, webhook deliveries and feed events are then written with one executemany
each, in the caller's transaction; the feed keeps the items' order (each item's
``assessment.scored``, then its ``alert.raised``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import func, insert, tuple_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from services.measures import models, webhooks
from services.measures.assessments.alerts import alerts_for, raised_event
from services.measures.assessments.recording import (
    NO_READING,
    Baselined,
    Reading,
    Recorded,
    SeriesStart,
    change_since,
    fingerprint,
    for_subject,
    new_row,
    require_answers,
    scored_event,
)
from services.measures.errors import AssessmentIdReusedError, MeasuresError
from services.measures.instruments.catalog import Instrument, default_catalog
from services.measures.instruments.org_settings import settings_for, with_setting
from services.measures.models import (
    AlertRow,
    AlertValues,
    Assessment,
    AssessmentRow,
    AssessmentValues,
    WebhookDeliveryRow,
    as_utc,
)
from services.measures.scoring.engine import score
from services.measures.scoring.org_history import HistoryRow, cached_model, history_rows, track_with
from shared.db import executemany
from shared.feed import NewEvent, append_events
from shared.models import utcnow

#: Largest IN list one query sends (keeps statements small on SQLite and PostgreSQL).
BATCH_CHUNK = 500

Outcome = Recorded | MeasuresError
"""What became of one item: recorded (new or resent), or the error that refused it."""

_ASSESSMENTS = AssessmentRow.__table__  # type: ignore[attr-defined]
_ALERTS = AlertRow.__table__  # type: ignore[attr-defined]
_DELIVERIES = WebhookDeliveryRow.__table__  # type: ignore[attr-defined]
_PATIENT_TIME = itemgetter(0, 1)
Series = tuple[str, str]  # (patient_id, instrument_id)
_New = tuple[dict[str, Any], Recorded, Instrument]
"""A new item: its columns, what it recorded, its instrument."""


@dataclass(slots=True)
class _Item:
    inst: Instrument
    data: dict[str, Any]
    assessment_id: str
    fingerprint: str
    reading: Reading


class _Clock:
    """``utcnow()``, strictly increasing: alerts listed by ``raised_at`` keep the items' order,
    as they would if each had been sent on its own."""

    def __init__(self) -> None:
        self._last = utcnow() - timedelta(microseconds=1)

    def __call__(self) -> datetime:
        now = utcnow()
        self._last = now if now > self._last else self._last + timedelta(microseconds=1)
        return self._last


def record_assessment(
    session: Session,
    *,
    org: str,
    data: dict[str, Any],
    source: str = "api",
    reading: Reading = NO_READING,
) -> Recorded:
    """Score and store one assessment (``data`` follows ``schemas.AssessmentIn``): a batch of
    one, so that a single write and a batch can never drift apart. Raises the error that refuses
    it (nothing is stored then)."""
    [outcome] = record_assessments(
        session, org=org, items=[data], source=source, readings=[reading]
    )
    if isinstance(outcome, MeasuresError):
        raise outcome
    return outcome


def record_assessments(
    session: Session,
    *,
    org: str,
    items: Sequence[dict[str, Any]],
    source: str = "api",
    readings: Sequence[Reading] | None = None,
) -> list[Outcome]:
    """Score and store ``items`` (each follows ``schemas.AssessmentIn``) in turn, as if each had
    been sent on its own after the ones before it; one outcome per item, in order.
    ``readings`` adds what a FHIR reading of each item found (none by default)."""
    prepared = _prepare(session, org, items, readings or [NO_READING] * len(items))
    valid = [p for p in prepared if isinstance(p, _Item)]
    stored: dict[str, Assessment] = dict(
        _stored(session, org, [p.assessment_id for p in valid if p.data.get("assessment_id")])
    )
    series = {
        (p.data["patient_id"], p.inst.id)
        for p in valid
        if p.data.get("patient_id") is not None and p.inst.total is not None
    }
    firsts = _baselines(session, org, series)
    history = _History(session, org, sorted({p.inst.id for p in valid}))
    clock = _Clock()
    created_at = clock()  # the batch's rows are created together, in one transaction

    outcomes: list[Outcome] = []
    new: list[_New] = []
    for item in prepared:
        if not isinstance(item, _Item):
            outcomes.append(item)
            continue
        inst, data = item.inst, item.data
        result = item.reading.applied_to(
            score(inst, data["answers"], population=data.get("population"))
        )
        existing = stored.get(item.assessment_id)
        if existing is not None:
            if existing.fingerprint != item.fingerprint:
                outcomes.append(AssessmentIdReusedError())
                continue
            first = firsts.get((existing.patient_id or "", existing.instrument_id))
            change = None if existing.patient_id is None else change_since(inst, existing, first)
            baselined = None if change is None or first is None else Baselined(first, change, None)
            outcomes.append(Recorded(existing, result, baselined, [], created=False))
            continue
        values = new_row(
            org=org,
            inst=inst,
            data=data,
            result=result,
            assessment_id=item.assessment_id,
            fingerprint=item.fingerprint,
            source=source,
            stated_total=item.reading.stated_total,
            created_at=created_at,
        )
        row = AssessmentValues(**values)
        stored[row.assessment_id] = row
        key = (row.patient_id or "", row.instrument_id)
        first = firsts.get(key)
        if row.total is not None and row.patient_id is not None:
            history.add(row)
            if first is None or _sooner(row, first):
                firsts[key] = first = SeriesStart.of(row)
        baselined = None
        if row.patient_id is not None and (change := change_since(inst, row, first)):
            assert first is not None
            tracking = track_with(
                inst,
                first.total,
                change,
                lambda inst=inst: cached_model(  # type: ignore[misc]
                    inst, org, size=history.size(inst.id), history=lambda: history.rows(inst.id)
                ),
            )
            baselined = Baselined(first, change, tracking)
        recorded = Recorded(row, result, baselined, [], created=True)
        outcomes.append(recorded)
        new.append((values, recorded, inst))
    _write(session, org, new, clock)
    return outcomes


def _prepare(
    session: Session, org: str, items: Sequence[dict[str, Any]], readings: Sequence[Reading]
) -> list[_Item | MeasuresError]:
    """Each item's instrument (with the org's settings, read once), stored content and id."""
    catalog = default_catalog()
    settings = settings_for(session, org)
    instruments: dict[tuple[str, int | None], Instrument | MeasuresError] = {}
    prepared: list[_Item | MeasuresError] = []
    for data, reading in zip(items, readings, strict=True):
        key = (data["instrument_id"], data.get("version"))
        inst = instruments.get(key)
        if inst is None:
            try:
                base = catalog.get(*key)
                inst = with_setting(base, settings.get(base.id))
            except MeasuresError as error:
                inst = error
            instruments[key] = inst
        if isinstance(inst, MeasuresError):
            prepared.append(inst)
            continue
        try:
            data = for_subject(inst, data)
            require_answers(inst, data["answers"])
        except MeasuresError as error:
            prepared.append(error)
            continue
        assessment_id = data.get("assessment_id") or str(uuid.uuid4())
        prepared.append(_Item(inst, data, assessment_id, fingerprint(inst.id, data), reading))
    return prepared


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), BATCH_CHUNK):
        yield values[start : start + BATCH_CHUNK]


def _sooner(row: Assessment, other: SeriesStart) -> bool:
    """Whether ``row`` comes before ``other`` in a patient's series (the baseline order)."""
    return (as_utc(row.completed_at), row.assessment_id) < (
        as_utc(other.completed_at),
        other.assessment_id,
    )


def _stored(session: Session, org: str, ids: Sequence[str]) -> dict[str, AssessmentRow]:
    """The already stored assessments among ``ids`` (resends), by id."""
    found: dict[str, AssessmentRow] = {}
    for chunk in _chunks(sorted(set(ids))):
        query = select(AssessmentRow).where(
            AssessmentRow.org == org, col(AssessmentRow.assessment_id).in_(chunk)
        )
        found.update((row.assessment_id, row) for row in session.exec(query))
    return found


def _baselines(session: Session, org: str, series: set[Series]) -> dict[Series, SeriesStart]:
    """The stored baseline of each (patient, instrument) series, as ``baseline_of`` finds it."""
    found: dict[Series, SeriesStart] = {}
    if not series:
        return found
    t = _ASSESSMENTS.c
    instrument_ids = sorted({instrument_id for _, instrument_id in series})
    for chunk in _chunks(sorted({patient_id for patient_id, _ in series})):
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


class _History:
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
            (row.patient_id, as_utc(row.completed_at), row.total)
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


def _open_not_on_track(session: Session, org: str, series: set[Series]) -> set[Series]:
    """Which of these series already have an open not-on-track alert."""
    found: set[Series] = set()
    t = _ALERTS.c
    for chunk in _chunks(sorted({patient_id for patient_id, _ in series})):
        query = core_select(t.patient_id, t.instrument_id).where(
            t.org == org,
            t.rule == "not_on_track",
            t.acknowledged_at.is_(None),
            t.patient_id.in_(chunk),
        )
        found.update(key for key in map(tuple, session.execute(query)) if key in series)
    return found


def _write(session: Session, org: str, new: list[_New], clock: _Clock) -> None:
    """Raise the alerts (in order) and write rows, alerts, deliveries and events."""
    if not new:
        return
    behind = {
        (recorded.row.patient_id, recorded.row.instrument_id)
        for _, recorded, _ in new
        if recorded.row.patient_id is not None
        and recorded.baselined is not None
        and recorded.baselined.tracking is not None
        and recorded.baselined.tracking.on_track is False
    }
    open_alerts = _open_not_on_track(session, org, behind) if behind else set()
    hooks: list[Any] | None = None
    events: list[NewEvent] = []
    alert_rows: list[dict[str, Any]] = []
    delivery_rows: list[dict[str, Any]] = []
    for _, recorded, inst in new:
        row = recorded.row
        events.append(scored_event(row, recorded.baselined, inst))
        key = (row.patient_id or "", row.instrument_id)
        alerts = alerts_for(
            row=row,
            result=recorded.result,
            inst=inst,
            baselined=recorded.baselined,
            has_open_not_on_track=lambda key=key: key in open_alerts,  # type: ignore[misc]
            clock=clock,
            make=AlertValues,
        )
        if not alerts:
            continue
        recorded.alerts.extend(alerts)
        if any(alert.rule == "not_on_track" for alert in alerts):
            open_alerts.add(key)
        events.extend(raised_event(alert) for alert in alerts)
        alert_rows.extend(_values(alert, _ALERTS) for alert in alerts)
        if hooks is None:
            hooks = webhooks.subscribed(session, org, "alert.raised")
        delivery_rows += webhooks.deliveries(alerts, hooks, "alert.raised", now=clock())
    # Rows go in primary-key order (B-tree inserts touch each page once); events keep the
    # items' order.
    connection = session.connection()
    rows = sorted((values for values, _, _ in new), key=lambda values: values["assessment_id"])
    executemany(connection, insert(_ASSESSMENTS), rows)
    executemany(connection, insert(_ALERTS), alert_rows)
    executemany(connection, insert(_DELIVERIES), delivery_rows)
    append_events(connection, models.feed_events, events)


def _values(row: Any, table: Any) -> dict[str, Any]:
    return {column.name: getattr(row, column.name) for column in table.columns}

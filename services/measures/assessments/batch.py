"""Record assessments: one, or many in one go, each answered as if sent on its own, in order.

A single assessment is a batch of one (:func:`record_assessment`), so one implementation stores,
baselines and alerts every assessment, whether it came alone, in an offline sync or as a FHIR
QuestionnaireResponse. Everything an item depends on is read up front, with one query per chunk
of ids (a row at a time, an offline sync of 500 items once spent seconds), and then followed
item by item in memory:

* each patient's series on each instrument, with its episodes of care and each episode's
  baseline (its first scored assessment, by completion time then id), starts from the database
  and moves as items arrive (:mod:`.series`), so the first of several items of an episode is
  the baseline of the later ones, whatever order they come in; stored or earlier assessments
  whose episode or baseline an item changed are republished after the items;
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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from services.measures import models, webhooks
from services.measures.assessments.alerts import alerts_for, raised_event
from services.measures.assessments.lookups import History, open_not_on_track, stored_rows
from services.measures.assessments.policy import Policy, policy_for, stamp
from services.measures.assessments.recording import (
    NO_READING,
    Baselined,
    Reading,
    Recorded,
    change_since,
    fingerprint,
    for_subject,
    new_row,
    require_answers,
    scored_event,
)
from services.measures.assessments.republish import republished
from services.measures.assessments.series import SeriesBook
from services.measures.errors import AssessmentIdReusedError, MeasuresError
from services.measures.instruments.catalog import Instrument, default_catalog
from services.measures.instruments.org_settings import settings_for, with_setting
from services.measures.models import (
    AlertRow,
    AlertValues,
    Assessment,
    AssessmentRow,
    AssessmentValues,
)
from services.measures.scoring.engine import score
from services.measures.scoring.org_history import cached_model, track_with
from shared.db import executemany
from shared.feed import NewEvent, append_events
from shared.models import utcnow

Outcome = Recorded | MeasuresError
"""What became of one item: recorded (new or resent), or the error that refused it."""

_ASSESSMENTS = AssessmentRow.__table__  # type: ignore[attr-defined]
_ALERTS = AlertRow.__table__  # type: ignore[attr-defined]
_DELIVERIES = models.webhook_tables.deliveries
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
        stored_rows(session, org, [p.assessment_id for p in valid if p.data.get("assessment_id")])
    )
    book = SeriesBook(
        session,
        org,
        {(p.data["patient_id"], p.inst.id) for p in valid if p.data.get("patient_id") is not None},
    )
    history = History(session, org, sorted({p.inst.id for p in valid}))
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
            first = book.baseline(existing)
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
        first = None
        if row.patient_id is not None:
            book.add(row, data.get("episode_id"))
            first = book.baseline(row)
            book.published(row, first)
            if row.total is not None:
                history.add(row)
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
    _write(session, org, new, clock, republished(session, org, book, stored))
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


def _write(
    session: Session, org: str, new: list[_New], clock: _Clock, again: list[NewEvent]
) -> None:
    """Raise the alerts (in order) and write rows, alerts, deliveries and events (the items',
    then ``again``: the republished ones)."""
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
    open_alerts = open_not_on_track(session, org, behind) if behind else set()
    hooks: list[Any] | None = None
    policy: Policy | None = None
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
        policy = policy or policy_for(session, org)[0]
        stamp(alerts, policy)  # deadlines under the policy in force now (policy.py says why)
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
    for values, recorded, _ in new:  # a later item of the batch may have moved its episode
        values["episode_id"] = recorded.row.episode_id
    rows = sorted((values for values, _, _ in new), key=lambda values: values["assessment_id"])
    executemany(connection, insert(_ASSESSMENTS), rows)
    executemany(connection, insert(_ALERTS), alert_rows)
    executemany(connection, insert(_DELIVERIES), delivery_rows)
    append_events(connection, models.feed_events, events + again)


def _values(row: Any, table: Any) -> dict[str, Any]:
    return {column.name: getattr(row, column.name) for column in table.columns}

"""Publishing recognitions on metrics' own feed, each once (``recognition.found``).

A pass looks, for every organization with facts, at the team and clinician charts of every
catalog metric up to the last closed month (the month under way is partial: a good first
week is no sustained change), with the rules ``GET /v1/recognitions`` defaults to
(``anhoej``). A signal counts when it is still running in that month, so a pass finds the
improvements that hold now and never publishes the history of a new deployment. Each one is
written to ``published_recognitions`` with ``INSERT .. ON CONFLICT DO NOTHING`` and its event
to the outbox in the same transaction only when the row is new: run again, or by two replicas
at once, it is published once. The event carries the route's published points only (the
disclosure policy has run; a suppressed value never takes part).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import Engine, Table, select, union
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlmodel import Session

from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.learning.periods import period_end, period_start
from services.metrics.learning.recognitions import Recognition, recognitions
from services.metrics.models import (
    AssessmentFact,
    EncounterFact,
    FeedbackFact,
    PublishedRecognition,
    feed_events,
)
from services.metrics.settings import MetricsSettings
from shared.db import read_only
from shared.events import RecognitionFound, RecognitionPoint
from shared.feed import NewEvent, append_events

__all__ = ["LEVELS", "RULE_SET", "last_closed_month", "publish_pass", "recognition_event"]

LEVELS: tuple[Literal["team", "clinician"], ...] = ("team", "clinician")
RULE_SET: Literal["anhoej"] = "anhoej"
PERIOD: Literal["month"] = "month"
_TABLE = PublishedRecognition.__table__  # type: ignore[attr-defined]


def last_closed_month(today: date) -> date:
    """The first day of the last month that has ended by ``today``."""
    return period_start(period_start(today, PERIOD) - timedelta(days=1), PERIOD)


def _orgs(engine: Engine) -> list[str]:
    """Organizations with facts a team or clinician chart can read."""
    tables: list[Table] = [
        model.__table__  # type: ignore[union-attr]
        for model in (EncounterFact, AssessmentFact, FeedbackFact)
    ]
    query = union(*(select(t.c.org).distinct() for t in tables))
    with read_only(engine).connect() as connection:
        return sorted(connection.execute(query).scalars())


def _filters(r: Recognition) -> dict[str, str]:
    return {str(k): v for k, v in sorted(r.view.selection.query.filters)}


def recognition_event(
    r: Recognition, *, org: str, level: Literal["team", "clinician"]
) -> RecognitionFound:
    """The event of one recognition, with its stable id (a hash of its key, org included)."""
    chart = r.view.control
    assert chart is not None  # a recognition is found on a control chart
    d, filters = r.definition, _filters(r)
    first = r.view.series[r.signal.indexes[0]].period
    key = "|".join(
        [
            org,
            level,
            r.unit_id,
            d.metric_id,
            _filter_key(filters),
            RULE_SET,
            r.signal.rule,
            first.isoformat(),
        ]
    )
    points = [chart.points[i] for i in r.signal.indexes]
    return RecognitionFound(
        recognition_id="rec-" + hashlib.sha256(key.encode()).hexdigest()[:24],
        metric_id=d.metric_id,
        better=d.better,
        level=level,
        unit_id=r.unit_id,
        filters=filters,
        period=PERIOD,
        rule_set=RULE_SET,
        rule=r.signal.rule,
        chart=chart.chart,
        centre=chart.centre,
        first_period=first,
        last_period=r.last_period,
        points=[
            RecognitionPoint(period=r.view.series[p.index].period, value=p.value)
            for p in points
            if p.value is not None
        ],
    )


def _filter_key(filters: dict[str, str]) -> str:
    return "&".join(f"{k}={v}" for k, v in sorted(filters.items()))


def _claim(connection: Connection, org: str, event: RecognitionFound, now: datetime) -> bool:
    """Insert the recognition's row; False when it was published already (by anyone)."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(_TABLE)
        .values(
            org=org,
            level=event.level,
            unit_id=event.unit_id,
            metric_id=event.metric_id,
            filters=_filter_key(event.filters),
            rule_set=event.rule_set,
            rule=event.rule,
            first_period=event.first_period,
            recognition_id=event.recognition_id,
            last_period=event.last_period,
            published_at=now,
        )
        .on_conflict_do_nothing()
        .returning(_TABLE.c.recognition_id)
    )
    # RETURNING, not rowcount: drivers may report -1 for an INSERT .. ON CONFLICT.
    return connection.execute(statement).first() is not None


def publish_pass(
    engine: Engine,
    settings: MetricsSettings,
    *,
    now: datetime,
    stopping: Callable[[], bool] = lambda: False,
    orgs: Sequence[str] | None = None,
) -> int:
    """One pass over every organization (or only ``orgs``: one org's "publish now"); the number
    of recognitions newly published. When ``stopping`` says so (the app is shutting down) it
    ends after the organization under way: the next pass finds the rest."""
    month = last_closed_month(now.date())
    published = 0
    for org in _orgs(engine) if orgs is None else orgs:
        if stopping():
            break
        # Reads take no write lock (SQLite): only a new recognition's claim below writes.
        with Session(read_only(engine)) as session:
            threshold = threshold_for(session, floor=settings.suppression_threshold, orgs=[org])
            found = [
                recognition_event(r, org=org, level=level)
                for level in LEVELS
                for r in recognitions(
                    session,
                    caller_org=org,
                    level=level,
                    since=month,
                    period=PERIOD,
                    rule_set=RULE_SET,
                    given={},
                    threshold=threshold,
                    bases=settings.rounding(),
                    end=period_end(month, PERIOD),
                )
            ]
        for event in found:
            with engine.begin() as connection:
                if _claim(connection, org, event, now):
                    subject = f"recognitions/{event.recognition_id}"
                    append_events(connection, feed_events, [NewEvent.of(org, subject, event)])
                    published += 1
    return published

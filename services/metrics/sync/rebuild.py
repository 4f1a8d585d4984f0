"""Rebuilding metrics from scratch: empty the facts and cursors, replay both feeds.

Everything metrics derives is a function of the feeds, so the rebuilt state equals the
incrementally built one. The rebuild takes both leases by force first (a replica's consumer
then finds its lease gone and writes nothing until the rebuild releases it), empties the
tables in one transaction under those leases, and replays page by page with the same
:func:`~services.metrics.sync.consumer.sync_once` the consumers use. Learning state (interventions,
collaboratives, settings) is metrics' own and is kept.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, delete, func, select
from sqlalchemy.engine import Engine

from services.metrics.clients import FeedClient, FeedError
from services.metrics.errors import RebuildFeedFailedError, RebuildTakenOverError
from services.metrics.models import (
    AlertFact,
    AssessmentFact,
    CareEpisodeFact,
    EncounterFact,
    EpisodeFact,
    EstablishmentFact,
    FeedbackFact,
    FeedbackItemFact,
    FeedbackRuptureFact,
    FeedbackThemeFact,
    PatientFact,
    ReferralFact,
    SafetyEventFact,
    StaffFact,
    SurveyInvitationFact,
    SurveyResponseFact,
)
from services.metrics.settings import MetricsSettings
from services.metrics.sync.consumer import SOURCES, Clock, SourceSync, new_holder, sync_once
from services.metrics.sync.state import (
    CURSORS,
    PROBLEMS,
    CursorMovedError,
    LeaseLostError,
    release_lease,
    renew_in,
    take_lease,
)
from shared.models import utcnow

# SQLModel sets ``__table__`` on every ``table=True`` class; its stubs do not declare it.
FACT_TABLES: list[Table] = [
    model.__table__  # type: ignore[union-attr]
    for model in (
        PatientFact,
        ReferralFact,
        EncounterFact,
        FeedbackFact,
        FeedbackItemFact,
        FeedbackThemeFact,
        FeedbackRuptureFact,
        AssessmentFact,
        EpisodeFact,
        AlertFact,
        SafetyEventFact,
        CareEpisodeFact,
        StaffFact,
        EstablishmentFact,
        SurveyResponseFact,
        SurveyInvitationFact,
    )
]


@dataclass(frozen=True, slots=True)
class Rebuilt:
    sources: dict[str, SourceSync]
    facts: dict[str, int]
    seconds: float


def fact_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in FACT_TABLES
        }


def empty_facts(engine: Engine, *, holder: str, settings: MetricsSettings, now: datetime) -> None:
    """Delete every fact, cursor and recorded problem, if ``holder`` holds both leases."""
    with engine.begin() as connection:
        for source in SOURCES:
            try:
                renew_in(
                    connection,
                    source=source,
                    holder=holder,
                    now=now,
                    seconds=settings.lease_seconds,
                )
            except Exception as error:
                raise RebuildTakenOverError(source) from error
        for table in FACT_TABLES:
            connection.execute(delete(table))
        connection.execute(
            CURSORS.update().values(
                cursor=None,
                events_applied=0,
                last_event_id=None,
                last_event_time=None,
                caught_up_at=None,
                updated_at=now,
            )
        )
        connection.execute(delete(PROBLEMS))


def rebuild(
    *,
    engine: Engine,
    clients: Mapping[str, FeedClient],
    settings: MetricsSettings,
    clock: Clock = utcnow,
) -> Rebuilt:
    """Empty the facts and replay both feeds from the start.

    Raises :class:`RebuildFeedFailedError` before changing anything when a source does not
    answer; if one fails midway, the facts hold what was replayed so far and the consumers
    carry on from there. Raises :class:`RebuildTakenOverError` when another rebuild took the
    feeds meanwhile."""
    try:
        return _replay(engine=engine, clients=clients, settings=settings, clock=clock)
    except FeedError as error:
        raise RebuildFeedFailedError(error.source, error.code) from error
    except (LeaseLostError, CursorMovedError) as error:
        raise RebuildTakenOverError(str(error)) from error


def _replay(
    *,
    engine: Engine,
    clients: Mapping[str, FeedClient],
    settings: MetricsSettings,
    clock: Clock,
) -> Rebuilt:
    started = time.monotonic()
    # Ask each source first: with one of them down, the rebuild refuses before it empties
    # anything, instead of leaving metrics half-replayed until the source is back.
    for source in SOURCES:
        clients[source].read(after=None, limit=1)
    holder = "rebuild:" + new_holder()
    try:
        for source in SOURCES:
            take_lease(
                engine,
                source=source,
                holder=holder,
                now=clock(),
                seconds=settings.lease_seconds,
                force=True,
            )
        empty_facts(engine, holder=holder, settings=settings, now=clock())
        done = sync_once(
            engine=engine,
            clients=clients,
            settings=settings,
            holder=holder,
            clock=clock,
        )
    finally:
        for source in SOURCES:
            release_lease(engine, source=source, holder=holder)
    return Rebuilt(done, fact_counts(engine), round(time.monotonic() - started, 3))

"""Applying feed events to metrics' fact tables, idempotently and set-based.

One module per fact kind; :func:`apply_events` takes a page's events with their data parsed
by the feed contract (:mod:`shared.events`; in the same pass as the page when it was read with
:func:`services.metrics.clients.feed_page.parse_page`, else here, one event at a time), groups
them by type and hands each group to its module, which reads what
it needs with one IN query per chunk and writes with one executemany. Every row is the latest
state the feed gave for the producer's id (an older event never overwrites a newer one), and
every derived column is recomputed from stored facts, so applying a page twice, or replaying
any prefix of a feed again, changes nothing. Unknown event types are skipped: producers may
add types before metrics knows them.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy.engine import Connection

from services.metrics.sync.apply.alerts import apply_alerts
from services.metrics.sync.apply.assessments import apply_assessments
from services.metrics.sync.apply.care_episodes import apply_care_episodes
from services.metrics.sync.apply.common import Parsed
from services.metrics.sync.apply.encounters import apply_encounters
from services.metrics.sync.apply.feedback import apply_feedback
from services.metrics.sync.apply.patients import apply_patients
from services.metrics.sync.apply.referrals import apply_referrals
from services.metrics.sync.apply.ruptures import apply_ruptures
from services.metrics.sync.apply.safety_events import apply_safety_events
from services.metrics.sync.apply.themes import apply_themes
from services.metrics.sync.apply.workforce import (
    apply_establishments,
    apply_staff,
    apply_staff_surveys,
)
from shared.events import UPSTREAM_EVENT_TYPES
from shared.feed import FeedEvent

__all__ = ["Applied", "apply_events"]

logger = logging.getLogger("learning_loop.metrics.apply")

Applier = Callable[[Connection, Sequence[Parsed[Any]]], None]

#: Which function applies each event type; types that share a table share a function.
APPLIERS: dict[str, Applier] = {
    "patient.upserted": apply_patients,
    "referral.upserted": apply_referrals,
    "encounter.upserted": apply_encounters,
    "feedback.received": apply_feedback,
    "feedback.themed": apply_themes,
    "feedback.rupture": apply_ruptures,
    "assessment.scored": apply_assessments,
    "alert.raised": apply_alerts,
    "alert.acknowledged": apply_alerts,
    "alert.actioned": apply_alerts,
    "alert.escalated": apply_alerts,
    "alert.closed": apply_alerts,
    "safety_event.upserted": apply_safety_events,
    "episode.upserted": apply_care_episodes,
    "staff.upserted": apply_staff,
    "establishment.upserted": apply_establishments,
    "staff-survey.closed": apply_staff_surveys,
}


@dataclass
class Applied:
    """What applying a batch of events came to."""

    events: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    ignored: int = 0
    """Unknown types, and events whose data broke the contract (logged, never stored)."""


def apply_events(connection: Connection, events: Sequence[FeedEvent]) -> Applied:
    """Apply events (in feed order) in the caller's transaction.

    An event whose ``data`` is still a dict is validated here; one that breaks the contract is
    logged (where it is and how many errors, never its values) and skipped.
    """
    applied = Applied(events=len(events))
    groups: dict[Applier, list[Parsed[Any]]] = {}
    for event in events:
        model = UPSTREAM_EVENT_TYPES.get(event.type)
        applier = APPLIERS.get(event.type)
        if model is None or applier is None:
            applied.ignored += 1
            continue
        data: Any = event.data
        try:
            if not isinstance(data, model):  # typed already when parsed by ``parse_page``
                data = model.model_validate(data)
        except ValidationError as error:
            # The event's values may be PHI: log only where it is and what failed.
            logger.warning(
                "feed event breaks the contract; skipped",
                extra={"event_id": event.id, "type": event.type, "errors": error.error_count()},
            )
            applied.ignored += 1
            continue
        groups.setdefault(applier, []).append(Parsed(event.org, event.time, data))
        applied.by_type[event.type] += 1
    for applier, parsed in groups.items():
        applier(connection, parsed)
    return applied

"""Safety events (incidents and near misses): reported, reviewed, read back, and published
without their narrative.

    writes.py   store one report or a batch (one is a batch of one); replays and conflicts
    review.py   move a report's review on (received, reviewed, actioned, entered-in-error)
    events.py   the ``safety_event.upserted`` event: never the narrative, never the reporter
    reads.py    one report or a filtered page, and the API view (narrative only on request)
    audit.py    audit rows for the patients and the narratives a read shows

The rules they follow are leaf modules the API schemas use too: :mod:`~services.intake.harm`
(which harm levels fit which kind, AHRQ Common Formats) and
:mod:`~services.intake.safety_review` (the review's moves).

Anonymous reports: a report without ``reporter_id`` is stored with nothing that names its
sender. Intake's writes store no caller with a row, the audit log records reads (never the
write of a report), the access log names the route template, status and duration only, and
the create routes drop any ``Idempotency-Key`` before the idempotency middleware could store
the caller's identity beside the response (the ``safety_event_id`` makes them idempotent
anyway; see :mod:`services.intake.api.safety_anonymity`). The limit: the bearer token that
submitted the report authenticated someone. Whoever can see the identity provider's or a
proxy's records of that token's use at that time can still guess the sender, and the narrative
itself may say who wrote it. Reporting systems that promise anonymity should submit with a
token shared by the reporting channel, not a personal one.
"""

from services.intake.safety_events.audit import record_safety_reads
from services.intake.safety_events.reads import (
    SafetyEventFilters,
    get_safety_event,
    list_safety_events,
    safety_event_out,
)
from services.intake.safety_events.review import review_safety_event
from services.intake.safety_events.writes import report_safety_event, report_safety_events

__all__ = [
    "SafetyEventFilters",
    "get_safety_event",
    "list_safety_events",
    "record_safety_reads",
    "report_safety_event",
    "report_safety_events",
    "review_safety_event",
    "safety_event_out",
]

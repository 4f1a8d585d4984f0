"""metrics' own outbox, and the recognitions it has published on it.

metrics publishes on a feed of its own (``GET /v1/feed``, :mod:`shared.feed`) what apps may
act on: a team's or clinician's sustained improvement (``recognition.found``). Each one is
published once: the worker inserts its row here with ``ON CONFLICT DO NOTHING`` and writes the
event only when the row is new, in the same transaction, so two replicas finding the same
recognition publish it once between them.

The key is what makes a recognition the same one: the unit, the metric with its filters, the
rule set and rule, and the period its signal starts in. A run that lasts another month is the
same improvement (its last period moves on; it is not published again); a new run after the
process fell back is a new one.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field

from services.metrics.models.base import ID_LENGTH, ORG_LENGTH, MetricsTable, metadata, utc_field
from shared.feed import outbox_table

feed_events = outbox_table(metadata)


class PublishedRecognition(MetricsTable, table=True):
    """A recognition already on the feed (its event written in the same transaction)."""

    __tablename__ = "published_recognitions"

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    level: str = Field(primary_key=True, max_length=16)
    unit_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    metric_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    filters: str = Field(
        primary_key=True, max_length=256, description="`name=value` pairs, sorted, `&`-joined."
    )
    rule_set: str = Field(primary_key=True, max_length=16)
    rule: str = Field(primary_key=True, max_length=32)
    first_period: date = Field(primary_key=True)
    recognition_id: str = Field(max_length=64, unique=True)
    last_period: date
    published_at: datetime = utc_field()

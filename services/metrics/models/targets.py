"""``metric_targets``: the goals an organization sets itself on its metrics, as data.

A target is a number on a metric's own scale (a share 0..1, days, a rate); whether a value
meets it follows from the metric's better direction in the catalog (at least the target when
higher is better, at most when lower is), so the direction is never stored twice. A target
applies to the whole organization (``level`` and ``unit_id`` empty), to every unit of a level
(``unit_id`` empty) or to one unit; the most specific one wins
(:mod:`services.metrics.learning.targets`). Empty strings rather than NULLs stand for "any",
so that the scope can be part of the primary key and a PUT is one upsert on every database.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from services.metrics.models.base import ID_LENGTH, ORG_LENGTH, MetricsTable, utc_field


class MetricTarget(MetricsTable, table=True):
    """One target of one organization on one metric, for one scope."""

    __tablename__ = "metric_targets"

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    metric_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    level: str = Field(default="", primary_key=True, max_length=16)
    unit_id: str = Field(default="", primary_key=True, max_length=ID_LENGTH)
    value: float
    note: str | None = Field(default=None, max_length=500)
    set_at: datetime = utc_field()
    set_by: str = Field(max_length=256)

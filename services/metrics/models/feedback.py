"""Feedback facts beyond a submission's summary (:class:`~.facts.FeedbackFact`): its answers
item by item, and the coded themes staff gave it.

Both are keyed by the submission's id with the same unit and period columns as the summary,
so that a per-question metric is one ``GROUP BY`` like any other. Free text never reaches
metrics: an item is a numeric answer, a theme an org-defined code.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field

from services.metrics.models.base import (
    ID_LENGTH,
    ORG_LENGTH,
    MetricsTable,
    PeriodKeys,
    event_time_field,
    utc_field,
)


class FeedbackItemFact(PeriodKeys, MetricsTable, table=True):
    """One scored answer of a submission (``feedback.received``'s ``scores`` and ``top_box``);
    period keys of when the submission was received (local date), like its summary's."""

    __tablename__ = "fact_feedback_items"
    # Covering the per-question metrics' columns: a monthly query of one item reads the index.
    __table_args__ = (
        Index(
            "ix_fact_feedback_items_org_form_item_month",
            "org",
            "form_id",
            "item_id",
            "month",
            "patient_id",
            "score",
            "top_box",
            "modality",
        ),
    )

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    feedback_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    item_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    form_id: str = Field(max_length=ID_LENGTH)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    modality: str | None = Field(default=None, max_length=16)
    received_at: datetime = utc_field()
    score: float | None = Field(default=None, description="The numeric answer.")
    top_box: bool | None = Field(
        default=None, description="Whether the answer was the item's best option."
    )
    event_time: datetime | None = event_time_field()


SET_THEME = ""
"""The theme code of the row that holds a submission's set time: no theme (codes are never
empty)."""


class FeedbackThemeFact(MetricsTable, table=True):
    """A theme in a submission's latest theme set (``feedback.themed``).

    The row of :data:`SET_THEME` is no theme: it holds the time of the event that last
    set the submission's themes, so that an older set replayed later changes nothing
    (:mod:`services.metrics.sync.apply.themes`). Units, periods and the patient are the
    submission's summary's (:class:`~.facts.FeedbackFact`), joined when a metric is computed.
    """

    __tablename__ = "fact_feedback_themes"
    __table_args__ = (Index("ix_fact_feedback_themes_org_theme", "org", "theme"),)

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    feedback_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    theme: str = Field(primary_key=True, max_length=ID_LENGTH)
    event_time: datetime | None = event_time_field()


class FeedbackRuptureFact(MetricsTable, table=True):
    """A rupture rule that fired on a submission (``feedback.rupture``): at most one row per
    submission and rule, as intake publishes at most one event per pair. Units, periods and the
    patient are the submission's summary's (:class:`~.facts.FeedbackFact`), joined when a
    metric is computed."""

    __tablename__ = "fact_feedback_ruptures"

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    feedback_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    rule: str = Field(primary_key=True, max_length=32)
    item_id: str = Field(max_length=ID_LENGTH)
    score: float = Field(description="The submission's answer to the item.")
    event_time: datetime | None = event_time_field()

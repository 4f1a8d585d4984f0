"""Listing feedback for staff: filters, keyset pages newest first, and the staff view.

Where a submission was given (clinician, team, site) is read from its encounter at query time,
so an encounter sent after the feedback, or corrected later, is reflected; a submission without
an encounter has none and is left out by those filters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, and_, not_, or_, select
from sqlalchemy.engine import Connection

from services.intake import models
from services.intake.feedback.comments import has_comment, has_comment_clause, visible_answers
from services.intake.forms import get_form, score_answers
from services.intake.schemas import FeedbackDetailOut, FeedbackScoresOut
from shared.models import as_utc

__all__ = ["FeedbackFilters", "detail_out", "get_feedback_detail", "list_feedback", "page_key"]

_FEEDBACK = models.core_table(models.FeedbackRow)
_ENCOUNTERS = models.core_table(models.EncounterRow)
_TAGS = models.core_table(models.FeedbackTagsRow)


@dataclass(frozen=True, slots=True)
class FeedbackFilters:
    """What a list may be narrowed to; None leaves a filter out. ``received_from`` is
    inclusive, ``received_to`` exclusive."""

    form_id: str | None = None
    clinician_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    received_from: datetime | None = None
    received_to: datetime | None = None
    has_comment: bool | None = None


def _joined(org: str) -> Select[Any]:
    f, e, t = _FEEDBACK.c, _ENCOUNTERS.c, _TAGS.c
    return (
        select(_FEEDBACK, e.clinician_id, e.team_id, e.site_id, t.themes)
        .select_from(
            _FEEDBACK.outerjoin(
                _ENCOUNTERS, and_(e.org == f.org, e.encounter_id == f.encounter_id)
            ).outerjoin(_TAGS, and_(t.org == f.org, t.feedback_id == f.feedback_id))
        )
        .where(f.org == org)
    )


def get_feedback_detail(
    connection: Connection, org: str, feedback_id: str
) -> dict[str, Any] | None:
    query = _joined(org).where(_FEEDBACK.c.feedback_id == feedback_id)
    row = connection.execute(query).mappings().first()
    return None if row is None else dict(row)


def list_feedback(
    connection: Connection,
    org: str,
    filters: FeedbackFilters,
    *,
    after: tuple[datetime, str] | None,
    limit: int,
) -> list[dict[str, Any]]:
    """A page of the org's feedback, newest received first (keyset after ``after``: the last
    row's received time and id, the id breaking ties within a batch)."""
    f, e = _FEEDBACK.c, _ENCOUNTERS.c
    query = _joined(org)
    for column, value in (
        (f.form_id, filters.form_id),
        (e.clinician_id, filters.clinician_id),
        (e.team_id, filters.team_id),
        (e.site_id, filters.site_id),
    ):
        if value is not None:
            query = query.where(column == value)
    # Stored in UTC (SQLite keeps no zone): the bounds are compared in UTC too.
    if filters.received_from is not None:
        query = query.where(f.received_at >= _utc_bound(filters.received_from))
    if filters.received_to is not None:
        query = query.where(f.received_at < _utc_bound(filters.received_to))
    if filters.has_comment is not None:
        clause = has_comment_clause(f.form_id, f.answers)
        query = query.where(clause if filters.has_comment else not_(clause))
    if after is not None:
        received, feedback_id = after
        at = received.astimezone(UTC)
        query = query.where(
            or_(f.received_at < at, and_(f.received_at == at, f.feedback_id < feedback_id))
        )
    query = query.order_by(f.received_at.desc(), f.feedback_id.desc()).limit(limit)
    return [dict(row) for row in connection.execute(query).mappings()]


def _utc_bound(value: datetime) -> datetime:
    """``value`` in UTC; a bound outside the calendar once in UTC becomes its extreme."""
    try:
        return value.astimezone(UTC)
    except OverflowError:
        extreme = datetime.min if value.year == datetime.min.year else datetime.max
        return extreme.replace(tzinfo=UTC)


def page_key(row: Mapping[str, Any]) -> list[str]:
    """The keyset of a listed row, as a cursor carries it."""
    return [as_utc(row["received_at"]).isoformat(), row["feedback_id"]]


def detail_out(row: Mapping[str, Any], *, comments: bool) -> FeedbackDetailOut:
    """The staff view of a listed or read submission; ``comments`` adds its free text."""
    answers = row["answers"]
    return FeedbackDetailOut(
        feedback_id=row["feedback_id"],
        form_id=row["form_id"],
        form_version=row["form_version"],
        answers=visible_answers(row["form_id"], answers, comments=comments),
        has_comment=has_comment(row["form_id"], answers),
        submission_id=row["submission_id"],
        patient_id=row["patient_id"],
        encounter_id=row["encounter_id"],
        submitted_at=as_utc(row["submitted_at"]),
        received_at=as_utc(row["received_at"]),
        scores=FeedbackScoresOut.from_scores(score_answers(get_form(row["form_id"]), answers)),
        clinician_id=row["clinician_id"],
        team_id=row["team_id"],
        site_id=row["site_id"],
        themes=list(row["themes"] or []),
    )

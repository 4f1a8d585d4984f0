"""'You said, we did': the org's answers to themes of its feedback, drafts and published.

A response names the themes it answers (from the org's list, retired ones included: an answer
may come after a theme is closed), what was heard and what changed. Publishing stamps
``published_at`` once; it is kept while the response stays published, so editing a typo does
not make an old change look new, and cleared when the response is withdrawn.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from services.intake import models
from services.intake.feedback.themes import check_codes
from services.intake.schemas import FeedbackResponseIn, FeedbackResponseOut
from shared.models import as_utc, utcnow

__all__ = ["get_response", "list_responses", "put_response", "response_out"]

_FIELDS = ("themes", "you_said", "we_did", "changed_on", "published")


def put_response(
    *, session: Session, org: str, response_id: str, body: FeedbackResponseIn
) -> tuple[models.FeedbackResponseRow, bool]:
    """Create or replace a response; returns (row, created). An identical body changes nothing."""
    check_codes(session=session, org=org, codes=body.themes, active=False)
    row = session.get(models.FeedbackResponseRow, (org, response_id))
    created = row is None
    now = utcnow()
    if row is None:
        row = models.FeedbackResponseRow(
            org=org, response_id=response_id, you_said=body.you_said, we_did=body.we_did,
            updated_at=now,
        )  # fmt: skip
    elif all(getattr(row, name) == getattr(body, name) for name in _FIELDS):
        return row, False
    was_published = row.published and not created
    for name in _FIELDS:
        setattr(row, name, getattr(body, name))
    if not body.published:
        row.published_at = None
    elif not was_published:
        row.published_at = now
    row.updated_at = now
    session.add(row)
    session.flush()
    return row, created


def get_response(
    *, session: Session, org: str, response_id: str
) -> models.FeedbackResponseRow | None:
    return session.get(models.FeedbackResponseRow, (org, response_id))


def list_responses(
    *, session: Session, org: str, published_only: bool, after: str | None, limit: int
) -> list[models.FeedbackResponseRow]:
    """A page of the org's responses in id order (keyset after ``after``)."""
    table = models.FeedbackResponseRow
    query = select(table).where(table.org == org)
    if published_only:
        query = query.where(col(table.published))
    if after is not None:
        query = query.where(col(table.response_id) > after)
    return list(session.exec(query.order_by(col(table.response_id)).limit(limit)))


def response_out(row: models.FeedbackResponseRow) -> FeedbackResponseOut:
    return FeedbackResponseOut(
        response_id=row.response_id,
        themes=list(row.themes),
        you_said=row.you_said,
        we_did=row.we_did,
        changed_on=row.changed_on,
        published=row.published,
        published_at=None if row.published_at is None else as_utc(row.published_at),
        updated_at=as_utc(row.updated_at),
    )

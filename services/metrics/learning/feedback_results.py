"""What a feedback listing covers: the items a form's submissions answered and the theme codes
staff used, in the organizations' facts.

Metrics does not hold the forms or the theme lists (intake does); the ids found in the facts
are what there is to list. The values themselves are catalog metrics
(``feedback-item-mean``, ``feedback-item-top-box``, ``feedback-theme-share``) published under
the disclosure policy like any other.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from services.metrics.models import FeedbackItemFact, FeedbackThemeFact
from services.metrics.models.feedback import SET_THEME

MAX_LISTED = 100
"""At most this many items or themes in one listing (forms and theme lists are short)."""


def form_items(session: Session, *, orgs: Sequence[str], form_id: str) -> list[str]:
    """The item ids answered on ``form_id`` in ``orgs``' facts, sorted."""
    rows = session.exec(
        select(FeedbackItemFact.item_id)
        .where(col(FeedbackItemFact.org).in_(list(orgs)), FeedbackItemFact.form_id == form_id)
        .distinct()
        .order_by(FeedbackItemFact.item_id)
        .limit(MAX_LISTED)
    ).all()
    return list(rows)


def theme_codes(session: Session, *, orgs: Sequence[str]) -> list[str]:
    """The theme codes some submission of ``orgs`` is tagged with now, sorted."""
    rows = session.exec(
        select(FeedbackThemeFact.theme)
        .where(
            col(FeedbackThemeFact.org).in_(list(orgs)), col(FeedbackThemeFact.theme) != SET_THEME
        )
        .distinct()
        .order_by(FeedbackThemeFact.theme)
        .limit(MAX_LISTED)
    ).all()
    return list(rows)

"""The org's feedback themes, and tagging a submission with them.

Themes are the org's own coded list (a code, a label, retired rather than deleted). Tagging
replaces a submission's whole set of codes; a change is written with its history row (who set
which codes, when: the tagging's audit) and its ``feedback.themed`` event in one transaction.
A PUT of the set already there changes, records and publishes nothing, so a retry is harmless.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from services.intake import models
from services.intake.errors import UnknownFeedbackError, UnknownThemeError
from services.intake.schemas import ThemeIn, ThemeOut, ThemeTagsOut
from shared.auth import Caller
from shared.events import FeedbackThemed
from shared.feed import NewEvent, append_events
from shared.models import as_utc, utcnow

__all__ = ["check_codes", "list_themes", "put_theme", "tag_feedback", "theme_out"]


def put_theme(
    *, session: Session, org: str, code: str, theme: ThemeIn
) -> tuple[models.FeedbackThemeRow, bool]:
    """Create or replace a theme of the org's list; returns (row, created)."""
    row = session.get(models.FeedbackThemeRow, (org, code))
    created = row is None
    if row is None:
        row = models.FeedbackThemeRow(org=org, code=code, label=theme.label, updated_at=utcnow())
    elif (row.label, row.description, row.active) == (theme.label, theme.description, theme.active):
        return row, False
    row.label, row.description, row.active = theme.label, theme.description, theme.active
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return row, created


def list_themes(*, session: Session, org: str) -> list[models.FeedbackThemeRow]:
    """Every theme of the org, retired ones too, in code order."""
    query = select(models.FeedbackThemeRow).where(models.FeedbackThemeRow.org == org)
    return list(session.exec(query.order_by(col(models.FeedbackThemeRow.code))))


def theme_out(row: models.FeedbackThemeRow) -> ThemeOut:
    return ThemeOut(
        code=row.code,
        label=row.label,
        description=row.description,
        active=row.active,
        updated_at=as_utc(row.updated_at),
    )


def check_codes(
    *, session: Session, org: str, codes: Sequence[str], keep: Sequence[str] = (), active: bool
) -> None:
    """Raise :class:`UnknownThemeError` naming every code not in the org's list (or, when
    ``active``, retired there and not among ``keep``)."""
    known = {
        row.code: row.active
        for row in session.exec(
            select(models.FeedbackThemeRow).where(
                models.FeedbackThemeRow.org == org,
                col(models.FeedbackThemeRow.code).in_(list(codes)),
            )
        )
    }
    unknown = [
        (index, code, "not in the organization's list" if code not in known else "retired")
        for index, code in enumerate(codes)
        if code not in known or (active and not known[code] and code not in keep)
    ]
    if unknown:
        raise UnknownThemeError(unknown)


def tag_feedback(
    *, session: Session, caller: Caller, feedback_id: str, themes: list[str]
) -> ThemeTagsOut:
    """Set a submission's theme codes (sorted, once each); audited and published if changed."""
    org = caller.org
    feedback = session.get(models.FeedbackRow, (org, feedback_id))
    if feedback is None:
        raise UnknownFeedbackError()
    tags = session.get(models.FeedbackTagsRow, (org, feedback_id))
    current = [] if tags is None else list(tags.themes)
    check_codes(session=session, org=org, codes=themes, keep=current, active=True)
    if current == themes:  # no change (an empty set on an untagged submission included)
        since = feedback.received_at if tags is None else tags.updated_at
        return ThemeTagsOut(feedback_id=feedback_id, themes=current, updated_at=as_utc(since))
    now = utcnow()
    if tags is None:
        tags = models.FeedbackTagsRow(org=org, feedback_id=feedback_id, updated_at=now)
    tags.themes, tags.updated_at = list(themes), now
    session.add(tags)
    session.add(
        models.FeedbackTaggingRow(
            org=org, feedback_id=feedback_id, themes=list(themes), actor=caller.sub, at=now
        )
    )
    encounter = (
        None
        if feedback.encounter_id is None
        else session.get(models.EncounterRow, (org, feedback.encounter_id))
    )
    data = FeedbackThemed(
        feedback_id=feedback_id,
        form_id=feedback.form_id,
        received_at=as_utc(feedback.received_at),
        themes=list(themes),
        clinician_id=None if encounter is None else encounter.clinician_id,
        team_id=None if encounter is None else encounter.team_id,
        site_id=None if encounter is None else encounter.site_id,
    )
    session.flush()
    append_events(session, models.feed_events, [NewEvent.of(org, f"feedback/{feedback_id}", data)])
    return ThemeTagsOut(feedback_id=feedback_id, themes=list(themes), updated_at=now)

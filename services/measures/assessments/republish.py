"""Republish what a late assessment changed.

An assessment completed before its episode's baseline becomes the new baseline, and one that
bridges a gap merges two episodes (:mod:`services.measures.scoring.episodes`): the episode's
other assessments then have a new baseline, or a new episode, and the change, reliable change,
response and remission published with them no longer hold. Each gets a new
``assessment.scored`` event, written in the same transaction as the late assessment, so a
consumer that keeps the latest event per assessment (metrics does) ends up with what a replay
of the stored data would give. No alert is raised or withdrawn: an alert answers what was known
when it was raised, and a clinician may already have acted on it.
"""

from __future__ import annotations

from sqlalchemy import bindparam, update
from sqlmodel import Session

from services.measures.assessments.recording import Baselined, change_since, scored_event
from services.measures.assessments.series import SeriesBook, stored_values
from services.measures.assessments.stored import stored_instruments
from services.measures.models import Assessment, AssessmentRow, AssessmentValues
from shared.feed import NewEvent

_ASSESSMENTS = AssessmentRow.__table__  # type: ignore[attr-defined]


def republished(
    session: Session, org: str, book: SeriesBook, batch: dict[str, Assessment]
) -> list[NewEvent]:
    """The events of every assessment ``book`` found stale (the batch's new rows among them
    take their final episode before they are inserted); stored rows' episodes are updated."""
    stale = book.stale()
    if not stale:
        return []
    fresh = {k: v for k, v in batch.items() if isinstance(v, AssessmentValues)}
    rows = fresh | stored_values(session, org, [a for a, _ in stale if a not in fresh])
    moved = book.moved()
    if moved:
        t = _ASSESSMENTS.c
        statement = (
            update(_ASSESSMENTS)
            .where(t.org == org, t.assessment_id == bindparam("a"))
            .values(episode_id=bindparam("e"))
        )
        session.connection().execute(statement, [{"a": a, "e": e} for a, e in moved])
    instrument_of = stored_instruments(session)
    events = []
    for assessment_id, episode_id in stale:
        row = rows[assessment_id]
        row.episode_id = episode_id
        inst = instrument_of(row)
        first = book.baseline(row)
        change = change_since(inst, row, first)
        baselined = None if change is None or first is None else Baselined(first, change, None)
        events.append(scored_event(row, baselined, inst))
    return events

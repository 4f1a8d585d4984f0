"""The due list: the measurements due at one day's booked sessions, read from the facts.

A booked session counts for the episode of care it names (``episode_id`` on intake's
encounter). The episode must be known to metrics, open (FHIR status planned, waitlist, active or
on hold), opened on or before the day and the session's patient's; other sessions are only
counted (``sessions_without_episode``). The plans that apply are the organization's active
ones for the episode's service line, a service line's own plan for an instrument replacing the
every-service-line plan for it.

An assessment belongs to the episode when measures named it, or when measures named none or
one of its own gap-rule episodes (``gap-`` ids) and the patient completed it within the
episode's dates. Only scored assessments completed before the session's start count, and only
kept sessions of the episode before it (:mod:`.schedule` decides from those counts).

The answer is as fresh as the facts: seconds behind intake's and measures' writes while the
feed consumers keep up (``feeds_caught_up_at`` says how far they are).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, or_, select

from services.metrics.measurement.access import SessionView
from services.metrics.measurement.plans import EVERY, list_plans
from services.metrics.measurement.schedule import Schedule, reason
from services.metrics.models import (
    AssessmentFact,
    CareEpisodeFact,
    EncounterFact,
    FeedCursor,
    MeasurementPlan,
)
from services.metrics.schemas.measurement import DueItem, DueList
from shared.models import as_utc

OPEN = ("planned", "waitlist", "active", "onhold")
GAP_PREFIX = "gap-"
CHUNK = 500


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def booked_sessions(session: Session, *, org: str, on: date, view: SessionView) -> list[Any]:
    """The day's booked sessions of identified patients within the caller's view."""
    query = select(EncounterFact).where(
        EncounterFact.org == org,
        EncounterFact.day == on,
        EncounterFact.status == "booked",
        col(EncounterFact.patient_id).is_not(None),
    )
    if view.clinician_id is not None:
        query = query.where(EncounterFact.clinician_id == view.clinician_id)
    if view.team_id is not None:
        query = query.where(EncounterFact.team_id == view.team_id)
    if view.bounded:
        # A token without a clinician id matches no session by clinician (never IS NULL).
        own = [] if view.own_clinician is None else [view.own_clinician]
        query = query.where(
            or_(
                col(EncounterFact.clinician_id).in_(own),
                col(EncounterFact.team_id).in_(sorted(view.teams or ())),
            )
        )
    order = (col(EncounterFact.start_utc), col(EncounterFact.encounter_id))
    return list(session.exec(query.order_by(*order)).all())


def plans_by_service_line(plans: Sequence[MeasurementPlan]) -> dict[str, dict[str, Any]]:
    """Per stored service line (``EVERY`` included), the active plan of each instrument."""
    grouped: dict[str, dict[str, Any]] = defaultdict(dict)
    for plan in plans:
        grouped[plan.service_line][plan.instrument_id] = plan
    return grouped


def applicable(grouped: dict[str, dict[str, Any]], service_line: str | None) -> list[Any]:
    """The plans for an episode's service line, by instrument (its own replace ``EVERY``'s)."""
    chosen = dict(grouped.get(EVERY, {}))
    if service_line:
        chosen.update(grouped.get(service_line, {}))
    return [chosen[instrument] for instrument in sorted(chosen)]


def belongs(assessment: Any, episode: Any) -> bool:
    """Whether the assessment counts for the episode (see the module docstring)."""
    if assessment.episode_id == episode.episode_id:
        return True
    if assessment.episode_id is not None and not assessment.episode_id.startswith(GAP_PREFIX):
        return False
    return assessment.day >= episode.opened_on and (
        episode.closed_on is None or assessment.day <= episode.closed_on
    )


def due_list(session: Session, *, org: str, on: date, view: SessionView) -> DueList:
    """The due list of ``org``'s booked sessions on ``on`` within ``view``."""
    sessions = booked_sessions(session, org=org, on=on, view=view)
    episodes: dict[str, Any] = {}
    for ids in _chunks(s.episode_id for s in sessions if s.episode_id):
        rows = session.exec(
            select(CareEpisodeFact).where(
                CareEpisodeFact.org == org, col(CareEpisodeFact.episode_id).in_(ids)
            )
        ).all()
        episodes.update((e.episode_id, e) for e in rows)
    placed = [
        (s, episodes[s.episode_id])
        for s in sessions
        if s.episode_id in episodes
        and episodes[s.episode_id].status in OPEN
        and episodes[s.episode_id].patient_id == s.patient_id
        and episodes[s.episode_id].opened_on <= on
    ]
    kept: dict[str, list[datetime]] = defaultdict(list)
    for ids in _chunks(e.episode_id for _, e in placed):
        for episode_id, start in session.exec(
            select(EncounterFact.episode_id, EncounterFact.start_utc).where(
                EncounterFact.org == org,
                col(EncounterFact.episode_id).in_(ids),
                EncounterFact.status == "fulfilled",
            )
        ).all():
            kept[str(episode_id)].append(as_utc(start))
    assessed: dict[str, list[Any]] = defaultdict(list)
    for ids in _chunks(str(s.patient_id) for s, _ in placed):
        for a in session.exec(
            select(AssessmentFact).where(
                AssessmentFact.org == org,
                col(AssessmentFact.patient_id).in_(ids),
                col(AssessmentFact.total).is_not(None),
            )
        ).all():
            assessed[str(a.patient_id)].append(a)
    grouped = plans_by_service_line(list_plans(session, org=org, active=True))
    items = [
        item
        for s, episode in placed
        for plan in applicable(grouped, episode.service_line)
        if (item := _item(s, episode, plan, kept[episode.episode_id], assessed, on)) is not None
    ]
    cursors = session.exec(select(FeedCursor.source, FeedCursor.caught_up_at)).all()
    return DueList(
        date=on,
        items=items,
        sessions_without_episode=len(sessions) - len(placed),
        feeds_caught_up_at={str(s): None if t is None else as_utc(t) for s, t in cursors},
    )


def _item(
    s: Any,
    episode: Any,
    plan: MeasurementPlan,
    kept: list[datetime],
    assessed: dict[str, list[Any]],
    on: date,
) -> DueItem | None:
    start = as_utc(s.start_utc)
    before = [k for k in kept if k < start]
    mine = [
        a
        for a in assessed[str(s.patient_id)]
        if a.instrument_id == plan.instrument_id
        and belongs(a, episode)
        and as_utc(a.completed_at) < start
    ]
    last = max(mine, key=lambda a: (as_utc(a.completed_at), a.assessment_id), default=None)
    last_at = None if last is None else as_utc(last.completed_at)
    since = len(before) if last_at is None else sum(1 for k in before if k > last_at)
    days = None if last is None else (on - last.day).days
    schedule = Schedule(
        plan.baseline_within_sessions, plan.every_sessions, plan.every_days,
        plan.grace_sessions, plan.grace_days,
    )  # fmt: skip
    why = reason(
        schedule, kept=len(before), sessions_since=None if last is None else since, days_since=days
    )
    if why is None:
        return None
    return DueItem(
        patient_id=str(s.patient_id), episode_id=episode.episode_id, encounter_id=s.encounter_id,
        scheduled_start=start, clinician_id=s.clinician_id, team_id=s.team_id,
        service_line=episode.service_line, instrument_id=plan.instrument_id,
        plan_id=plan.plan_id, reason=why, last_assessed_at=last_at, kept_sessions=len(before),
        sessions_since=since, days_since=days,
    )  # fmt: skip

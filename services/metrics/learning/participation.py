"""How each member took part in a collaborative in one month, and how many dropped out.

Per organization that was a member at any time in the month: whether it sent data about the
month (a yes or no, never a count: a count of facts could tell that 1 to 10 patients were seen),
how many of the month's learning sessions it attended, its active improvement projects and
PDSA cycles completed (from :mod:`services.metrics.improvement.activity`, counts of QI work,
not of patients). For the collaborative: members at the start of the month, and how many of
them left or were removed in it (dropout).

Every member reads it; organizations appear under the labels of :mod:`.peers` (anonymous
unless they chose to be named; org ids for the owner and facilitators, who keep the roster).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlmodel import Session, col, select

from services.metrics.improvement.activity import activity_by_org
from services.metrics.learning import history, peers, sessions
from services.metrics.learning.periods import next_period
from services.metrics.models import (
    AlertFact,
    AssessmentFact,
    CareEpisodeFact,
    EncounterFact,
    EpisodeFact,
    FeedbackFact,
    FeedbackItemFact,
    MembershipEvent,
    ReferralFact,
    SafetyEventFact,
)
from shared.models import as_utc

FACT_TABLES = (ReferralFact, EncounterFact, FeedbackFact, FeedbackItemFact, AssessmentFact,
               EpisodeFact, AlertFact, CareEpisodeFact, SafetyEventFact)  # fmt: skip
"""Every fact with a month key: an organization sent data about a month when one of its facts
falls in it."""


@dataclass(frozen=True)
class MemberParticipation:
    peer: peers.PeerLabel
    you: bool
    data_submitted: bool
    sessions_attended: int
    active_projects: int
    cycles_completed: int


@dataclass(frozen=True)
class Participation:
    month: date
    sessions_held: int
    members_at_start: int
    members_left: int
    members: list[MemberParticipation]


def members_between(
    events: list[MembershipEvent], start: datetime, end: datetime
) -> tuple[set[str], set[str], set[str]]:
    """From the history: members at ``start``, orgs that were members at any time in
    ``[start, end)``, and members at ``start`` who left or were removed before ``end``."""
    at_start: set[str] = set()
    for e in events:
        if as_utc(e.at) < start and e.event == history.APPROVED:
            at_start.add(e.org)
        elif as_utc(e.at) < start and e.event in (history.LEFT, history.REMOVED):
            at_start.discard(e.org)
    during, left = set(at_start), set()
    for e in events:
        if not start <= as_utc(e.at) < end:
            continue
        if e.event == history.APPROVED:
            during.add(e.org)
        elif e.event in (history.LEFT, history.REMOVED) and e.org in at_start:
            left.add(e.org)
    return at_start, during, left


def _submitted(session: Session, orgs: set[str], month: date) -> set[str]:
    found: set[str] = set()
    for table in FACT_TABLES:
        rest = orgs - found
        if not rest:
            break
        found |= set(
            session.exec(
                select(table.org)
                .where(col(table.org).in_(sorted(rest)), col(table.month) == month)
                .distinct()
            ).all()
        )
    return found


def participation(
    session: Session, *, collaborative_id: str, org: str, month: date
) -> Participation:
    """The month starting on ``month`` (its first day), as ``org`` (an approved member) sees it."""
    labels = peers.labels_for(session, collaborative_id, org, by_id=True)
    end = next_period(month, "month")
    start_at = datetime.combine(month, time(), tzinfo=UTC)
    end_at = datetime.combine(end, time(), tzinfo=UTC)
    at_start, during, left = members_between(
        history.all_events(session, collaborative_id), start_at, end_at
    )
    held, attended = sessions.held_and_attended(session, collaborative_id, month, end)
    activity = activity_by_org(session, collaborative_id, month, end)
    submitted = _submitted(session, during, month)
    rows = []
    for member in during:
        work = activity.get(member)
        rows.append(
            MemberParticipation(
                peers.label_of(labels, member),
                member == org,
                member in submitted,
                attended.get(member, 0),
                work.active_projects if work else 0,
                work.cycles_completed if work else 0,
            )
        )
    rows.sort(key=lambda r: (not r.you, not r.peer.named, r.peer.label))
    return Participation(month, held, len(at_start), len(left), rows)

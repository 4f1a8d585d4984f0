"""Storing episodes under their lifecycle, one or a batch, and the events a change publishes.

A single PUT is a batch of one: :func:`save_episode` and :func:`upsert_episodes` share one
path, which answers for each item as if the items had been sent one by one, in order, with a
few set-based statements whatever the number of items.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session

from services.intake import models
from services.intake.episode_lifecycle import EpisodeStatus, check_episode_transition
from services.intake.episodes.events import episode_event
from services.intake.errors import EpisodeTransitionNotAllowedError
from services.intake.schemas import EpisodeIn, EpisodeOut
from services.intake.sensitivity import PART2, may_publish_details
from services.intake.set_batches import lock_states, part2_patients, write_rows
from shared.feed import append_events
from shared.models import as_utc, utcnow

__all__ = ["save_episode", "upsert_episodes"]

_EPISODES = models.core_table(models.EpisodeRow)
_FIELDS = set(EpisodeIn.model_fields)

Outcome = bool | EpisodeTransitionNotAllowedError
"""True created, False replaced or unchanged, or the error that refused the item."""


def save_episode(
    *, session: Session, org: str, episode_id: str, episode: EpisodeIn, part2_on_feed: bool
) -> tuple[EpisodeOut, bool]:
    """Create or replace one episode (a batch of one); raises
    :class:`EpisodeTransitionNotAllowedError` for an impossible move. Returns the stored
    episode's API view and whether it was created; an identical re-send publishes nothing."""
    outcomes, updated = upsert_episodes(
        session=session, org=org, items=[(episode_id, episode)], part2_on_feed=part2_on_feed
    )
    created = outcomes[0]
    if isinstance(created, EpisodeTransitionNotAllowedError):
        raise created
    out = EpisodeOut.build(
        episode_id=episode_id, episode=episode, updated_at=as_utc(updated[episode_id])
    )
    return out, created


def upsert_episodes(
    *, session: Session, org: str, items: Sequence[tuple[str, EpisodeIn]], part2_on_feed: bool
) -> tuple[list[Outcome], dict[str, datetime]]:
    """Apply many upserts as if sent one by one, in order.

    Returns one outcome per item and, per id, the ``updated_at`` it ends with. An id sent twice
    is applied twice: the second is checked against the state the first left (``active`` then
    ``finished`` is a valid pair; ``finished`` then ``active`` a 409 for the second), and the
    last accepted item is stored. Each change publishes the episode's event, in the items'
    order. Statements: the existing rows, locked; the Part 2 patients (one query per chunk
    each); one INSERT, one UPDATE, one INSERT of events.
    """
    states = lock_states(
        session, _EPISODES, "episode_id", org, [episode_id for episode_id, _ in items]
    )
    stored = set(states)
    now = utcnow()
    outcomes: list[Outcome] = []
    changes: list[tuple[str, EpisodeIn, dict[str, Any]]] = []
    for episode_id, episode in items:
        current = states.get(episode_id)
        try:
            check_episode_transition(
                None if current is None else EpisodeStatus(current[0]["status"]), episode.status
            )
        except EpisodeTransitionNotAllowedError as error:
            outcomes.append(error)
            continue
        values = episode.model_dump(include=_FIELDS)
        if current is not None and all(current[0][k] == v for k, v in values.items()):
            outcomes.append(False)
            continue
        outcomes.append(current is None)
        states[episode_id] = (values, now)
        changes.append((episode_id, episode, values))
    updated = {episode_id: state[1] for episode_id, state in states.items()}
    if not changes:
        return outcomes, updated

    labelled = part2_patients(
        session, org, [e.patient_id for _, e, _ in changes if e.sensitivity != PART2]
    )
    events = []
    for episode_id, episode, _ in changes:
        part2 = episode.sensitivity == PART2 or episode.patient_id in labelled
        publish = may_publish_details(
            PART2 if part2 else None, part2_disclosure_allowed=part2_on_feed
        )
        events.append(episode_event(org, episode_id, episode, redacted=not publish))
    changed = dict.fromkeys(episode_id for episode_id, _, _ in changes)
    write_rows(
        session.connection(),
        _EPISODES,
        "episode_id",
        org=org,
        values={i: states[i][0] for i in changed},
        stored=stored,
        now=now,
    )
    append_events(session, models.feed_events, events)
    return outcomes, updated

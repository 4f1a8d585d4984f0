"""The ``episode.upserted`` feed event an accepted episode change publishes.

A Part 2 record (labelled itself, or its patient labelled) is published redacted unless the org
allows disclosure: the event still says an episode changed, with its status, dates, service
line, team, site and lead clinician, so aggregates count it, but not whose it is.
"""

from __future__ import annotations

from services.intake.schemas import EpisodeIn
from shared.events import EpisodeUpserted
from shared.feed import NewEvent

__all__ = ["episode_event"]


def episode_event(org: str, episode_id: str, episode: EpisodeIn, *, redacted: bool) -> NewEvent:
    """The event for ``episode``, built and validated as the feed contract's model."""
    data = EpisodeUpserted(
        episode_id=episode_id,
        patient_id=None if redacted else episode.patient_id,
        status=episode.status.value,
        service_line=episode.service_line,
        team_id=episode.team_id,
        site_id=episode.site_id,
        clinician_id=episode.clinician_id,
        opened_on=episode.opened_on,
        closed_on=episode.closed_on,
        discharge_reason=None
        if episode.discharge_reason is None
        else episode.discharge_reason.value,
        redacted=redacted,
    )
    return NewEvent.of(org, f"episodes/{episode_id}", data)

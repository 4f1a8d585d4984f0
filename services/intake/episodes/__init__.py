"""Episodes of care (one patient's course of care in one service line): stored under their
lifecycle, read back, and published on the feed.

    writes.py   create or replace one episode or a batch; a single PUT is a batch of one
    events.py   the ``episode.upserted`` event, redacted for Part 2 records
    reads.py    one episode or a filtered page of them, and the API view of a stored row

The statuses, discharge reasons and moves are the leaf module
:mod:`~services.intake.episode_lifecycle`, which the API schemas are built on as well.
Encounters and referrals name their episode by id (``episode_id``); intake keeps an id that
names no episode yet as it is, a forward reference, as it keeps an encounter's ``referral_id``.
"""

from services.intake.episodes.reads import (
    EpisodeFilters,
    episode_out,
    get_episode,
    list_episodes,
)
from services.intake.episodes.writes import save_episode, upsert_episodes

__all__ = [
    "EpisodeFilters",
    "episode_out",
    "get_episode",
    "list_episodes",
    "save_episode",
    "upsert_episodes",
]

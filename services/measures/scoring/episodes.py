"""Episodes of care: the course of care a baseline is taken within.

Change is measured from the first scored assessment of the patient's **episode** on the
instrument, not from their first score ever: a patient who returns for a second course starts
afresh. An assessment names its episode when the sender knows it (``episode_id``, intake's
episodes). Without one, the gap rule decides: a patient's unnamed assessments on an instrument
form one episode until :data:`GAP_DAYS` pass with none of them, and the next one starts a new
episode. NHS Talking Therapies measures outcomes per referral: a new referral is a new course of
treatment, with its own first and last scores (NHS England, "NHS Talking Therapies for anxiety
and depression Manual"); without a referral to go by, a long silence is the sign of a new
course. The 180
days are our choice, not a published figure: longer than any gap within a course we expect
(a stepped-up course or a relapse-prevention follow-up a few months on), short enough that a
return after a year is a new course.

Named and unnamed assessments never mix: the gap rule groups only the unnamed ones. An unnamed
episode's id is ``gap-`` and a hash of the patient and the episode's first assessment, so it is
a pure function of what is stored: whatever order the assessments arrived in, a replay or the
migration's backfill gives the same ids. It follows that a back-filled assessment can only join
or extend episodes, never split one: one earlier than an episode's first (within the gap)
becomes its first, so the episode's id and baseline change; one that bridges a gap of
:data:`GAP_DAYS` or more merges the two episodes into the earlier one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta

#: Days without an assessment after which the next one starts a new episode (our choice; see
#: the module's docstring). A frozen copy lives in the migration that backfilled episodes.
GAP_DAYS = 180
GAP = timedelta(days=GAP_DAYS)
#: The prefix of an episode id the gap rule made; a sender's own ids may not use it.
GAP_PREFIX = "gap-"

Member = tuple[datetime, str]
"""(completed_at in UTC, assessment_id) of one unnamed assessment of a series."""


def gap_episode_id(patient_id: str, first_assessment_id: str) -> str:
    """The id of the unnamed episode that begins with ``first_assessment_id``."""
    digest = hashlib.sha256(f"{patient_id}\n{first_assessment_id}".encode()).hexdigest()
    return GAP_PREFIX + digest[:24]


def gap_episodes(patient_id: str, members: Iterable[Member]) -> dict[str, str]:
    """Each unnamed assessment's episode id, for one patient's series on one instrument: in
    completion order (then id), a new episode starts where :data:`GAP` or more separates an
    assessment from the one before."""
    episodes: dict[str, str] = {}
    current: str | None = None
    previous: datetime | None = None
    for completed_at, assessment_id in sorted(members):
        if current is None or previous is None or completed_at - previous >= GAP:
            current = gap_episode_id(patient_id, assessment_id)
        episodes[assessment_id] = current
        previous = completed_at
    return episodes


def is_gap_episode(episode_id: str | None) -> bool:
    return episode_id is not None and episode_id.startswith(GAP_PREFIX)

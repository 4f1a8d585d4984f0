"""The rule that says whether a measurement is due at a session: pure, so it is read once.

``kept`` is the number of kept sessions of the episode before the session, so the session is
the episode's ``kept + 1``-th if it is kept.

* **Baseline.** Without an assessment of the instrument in the episode the baseline is due: at
  sessions up to the plan's N-th (``baseline_within_sessions``) and up to ``grace_sessions``
  more, then overdue.
* **Follow-up.** After the last assessment it is due again at the K-th kept session since
  (``every_sessions``) or D days after it (``every_days``), whichever comes first, and overdue
  past the K-th session plus ``grace_sessions`` or past D days plus ``grace_days``. Before
  either point nothing is due.

Sessions are counted as kept (FHIR ``fulfilled``) sessions of the episode; no-shows and
cancellations do not advance a schedule because no measurement could be taken at them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Reason = Literal["baseline-due", "baseline-overdue", "follow-up-due", "follow-up-overdue"]


@dataclass(frozen=True, slots=True)
class Schedule:
    baseline_within_sessions: int
    every_sessions: int | None
    every_days: int | None
    grace_sessions: int = 0
    grace_days: int = 0


def reason(
    schedule: Schedule, *, kept: int, sessions_since: int | None, days_since: int | None
) -> Reason | None:
    """Why the measurement is due at the next session, or None when it is not.

    ``sessions_since`` and ``days_since`` are None when the episode has no assessment yet.
    """
    upcoming = kept + 1
    if sessions_since is None or days_since is None:
        if upcoming <= schedule.baseline_within_sessions + schedule.grace_sessions:
            return "baseline-due"
        return "baseline-overdue"
    overdue = due = False
    if schedule.every_sessions is not None:
        due = sessions_since + 1 >= schedule.every_sessions
        overdue = sessions_since + 1 > schedule.every_sessions + schedule.grace_sessions
    if schedule.every_days is not None:
        due = due or days_since >= schedule.every_days
        overdue = overdue or days_since > schedule.every_days + schedule.grace_days
    if overdue:
        return "follow-up-overdue"
    return "follow-up-due" if due else None

"""Staff answers are anonymous: no person's id, and a time no finer than the week.

An instrument whose subject is staff (:attr:`Instrument.answered_by_staff`, such as the
burnout item) is reported only as team aggregates, with small counts suppressed by metrics.
Who answered, or exactly when, would undo that: a clinician id names the person, and an exact
time can be matched against a rota or against the same clinician's other writes. So:

* A person's id on such an answer (``clinician_id``, and ``patient_id``: a staff answer has no
  patient) is refused with a 422 naming the field, never stored, served or published. Refusing
  rather than silently dropping tells an integrator that its form asks for something it must
  not send. ``team_id`` and ``site_id`` stay: the team is what metrics reports by.
* Every time of such an answer (its ``completed_at``, the row's ``created_at`` and the feed
  event's ``time``) is the start of its reporting period, :func:`period_start`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.measures.errors import StaffIdentityError
from shared.models import as_utc

#: The fields that would say which person a staff answer came from or was about (an episode of
#: care is a patient's).
IDENTITY_FIELDS = ("clinician_id", "patient_id", "episode_id")


def period_start(moment: datetime) -> datetime:
    """Midnight UTC of the Monday of ``moment``'s ISO week, or of the 1st of its month when
    that Monday falls in the month before.

    A week hides the day and hour; clamping to the month keeps the coarsened time in the same
    week, month and quarter as the real one, so metrics' weekly, monthly and quarterly reports
    count the answer where it belongs. The month's first days thus form a short period of
    their own: a team's answers there are still reported only as a suppressed aggregate."""
    day = as_utc(moment).astimezone(UTC).date()
    start = max(day - timedelta(days=day.weekday()), day.replace(day=1))
    return datetime(start.year, start.month, start.day, tzinfo=UTC)


def anonymous_answer(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (an ``AssessmentIn`` as a dict) as a staff answer is stored: raise
    :class:`StaffIdentityError` for a person's id, coarsen the completion time."""
    for field in IDENTITY_FIELDS:
        if data.get(field) is not None:
            raise StaffIdentityError(field)
    return {**data, "completed_at": period_start(data["completed_at"])}

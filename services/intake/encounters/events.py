"""The ``encounter.upserted`` feed event an accepted encounter change publishes.

Two builders give the same payload: :func:`encounter_event` from the validated encounter (the
definition, read against :class:`shared.events.EncounterUpserted`), and
:func:`encounter_event_from_dump`, the one writes use, from the JSON-mode dump the row was
built from. Part 2 records are published redacted: no patient, referral or episode id (each
would link the session to its patient through that record's own event).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from services.intake.lifecycle import is_late_cancellation
from services.intake.schemas import EncounterIn
from shared.events import EncounterUpserted, TelehealthProblems
from shared.feed import NewEvent

__all__ = ["encounter_event", "encounter_event_from_dump"]

_TELEHEALTH_FIELDS = tuple(TelehealthProblems.model_fields)


def encounter_event(
    org: str, encounter_id: str, encounter: EncounterIn, *, part2: bool, late_notice: timedelta
) -> NewEvent:
    """The event for ``encounter``, built and validated as the feed contract's model."""
    late = is_late_cancellation(
        encounter.status, encounter.scheduled_start, encounter.cancelled_at, late_notice
    )
    problems = encounter.technical_problems
    data = EncounterUpserted(
        encounter_id=encounter_id,
        patient_id=None if part2 else encounter.patient_id,
        referral_id=None if part2 else encounter.referral_id,
        episode_id=None if part2 else encounter.episode_id,
        clinician_id=encounter.clinician_id,
        team_id=encounter.team_id,
        site_id=encounter.site_id,
        service_line=encounter.service_line,
        modality=encounter.modality.value,
        scheduled_start=encounter.scheduled_start,
        status=encounter.status.value,
        late_cancellation=bool(late),
        actual_start=encounter.actual_start,
        actual_end=encounter.actual_end,
        telehealth=None if problems is None else TelehealthProblems(**problems.model_dump()),
        redacted=part2,
    )
    return NewEvent.of(org, f"encounters/{encounter_id}", data)


def encounter_event_from_dump(
    org: str,
    encounter_id: str,
    encounter: EncounterIn,
    dumped: dict[str, Any],
    *,
    part2: bool,
    late_notice: timedelta,
) -> NewEvent:
    """The same event as :func:`encounter_event`, from the encounter's JSON-mode dump.

    Batches publish thousands of these: reusing the dump the row was built from instead of
    validating and dumping an ``EncounterUpserted`` per item is several times cheaper. The
    payload is identical (tests compare the two for many encounters) and still satisfies the
    feed contract in :mod:`shared.events`.
    """
    late = is_late_cancellation(
        encounter.status, encounter.scheduled_start, encounter.cancelled_at, late_notice
    )
    problems = dumped["technical_problems"]
    data = {
        "encounter_id": encounter_id,
        "patient_id": None if part2 else dumped["patient_id"],
        "referral_id": None if part2 else dumped["referral_id"],
        "episode_id": None if part2 else dumped["episode_id"],
        "clinician_id": dumped["clinician_id"],
        "team_id": dumped["team_id"],
        "site_id": dumped["site_id"],
        "service_line": dumped["service_line"],
        "modality": dumped["modality"],
        "scheduled_start": dumped["scheduled_start"],
        "status": dumped["status"],
        "late_cancellation": bool(late),
        "actual_start": dumped["actual_start"],
        "actual_end": dumped["actual_end"],
        "telehealth": None
        if problems is None
        else {name: problems[name] for name in _TELEHEALTH_FIELDS},
        "redacted": part2,
    }
    return NewEvent(org, EncounterUpserted.type, f"encounters/{encounter_id}", data)

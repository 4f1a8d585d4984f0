"""The encounter schema's cross-field rules, and what an encounter's API view derives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from services.intake.schemas import EncounterIn, EncounterOut

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

NOW = datetime.now(UTC).replace(microsecond=0)
START = NOW - timedelta(days=2)


def encounter(**overrides: Any) -> dict[str, Any]:
    """A kept 50-minute video session two days ago, changed by ``overrides``."""
    base: dict[str, Any] = {
        "patient_id": "7f3c9a2e",
        "clinician_id": "clin-204",
        "site_id": "site-north",
        "service_line": "adult-outpatient",
        "modality": "video",
        "status": "fulfilled",
        "scheduled_start": START,
        "scheduled_minutes": 50,
        "actual_start": START + timedelta(minutes=3),
        "actual_end": START + timedelta(minutes=48),
    }
    return {k: v for k, v in (base | overrides).items() if v is not None}


def error_locs(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    with pytest.raises(ValidationError) as caught:
        EncounterIn.model_validate(data)
    return [e["loc"] for e in caught.value.errors()]


def test_a_kept_video_session_with_problems_is_accepted() -> None:
    problems = {
        "kinds": ["audio", "connection"],
        "minutes_lost": 7,
        "dropped_and_rejoined": True,
        "switched_to_phone": True,
    }
    accepted = EncounterIn.model_validate(encounter(technical_problems=problems))
    assert accepted.technical_problems is not None
    assert accepted.technical_problems.model_dump(mode="json") == problems


def test_an_empty_problem_report_means_none_reported() -> None:
    accepted = EncounterIn.model_validate(encounter(technical_problems={}))
    assert accepted.technical_problems is not None
    assert accepted.technical_problems.kinds == []


def test_a_booked_session_is_the_default_status() -> None:
    booked = EncounterIn.model_validate(encounter(status=None, actual_start=None, actual_end=None))
    assert booked.status == "booked"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"actual_end": START}, "actual_end"),
        ({"actual_end": START + timedelta(hours=13)}, "actual_end"),
        ({"actual_start": None}, "actual_end"),
        ({"actual_start": NOW + timedelta(hours=2), "actual_end": None}, "actual_start"),
        ({"status": "no-show"}, "actual_start"),
        ({"status": "booked", "actual_end": None}, "actual_start"),
        ({"cancelled_at": START}, "cancelled_at"),
        ({"scheduled_start": datetime(1999, 12, 31, tzinfo=UTC)}, "scheduled_start"),
        (
            {
                "scheduled_start": NOW + timedelta(days=800),
                "status": "booked",
                "actual_start": None,
                "actual_end": None,
            },
            "scheduled_start",
        ),
        ({"scheduled_start": "2025-03-17T15:00:00"}, "scheduled_start"),
        ({"modality": "in-person", "technical_problems": {}}, "technical_problems"),
        ({"modality": "phone", "technical_problems": {"kinds": ["video"]}}, "technical_problems"),
        (
            {"modality": "phone", "technical_problems": {"switched_to_phone": True}},
            "technical_problems",
        ),
        (
            {
                "status": "booked",
                "actual_start": None,
                "actual_end": None,
                "technical_problems": {},
            },
            "technical_problems",
        ),
        ({"technical_problems": {"kinds": ["audio", "audio"]}}, "technical_problems"),
        ({"technical_problems": {"minutes_lost": 51}}, "technical_problems"),
        ({"technical_problems": {"minutes_lost": -1}}, "technical_problems"),
        ({"patient_id": "123-45-6789"}, "patient_id"),
        ({"patient_id": "has space"}, "patient_id"),
        ({"modality": "chat"}, "modality"),
    ],
)
def test_inconsistent_encounters_point_at_the_field_to_fix(
    overrides: dict[str, Any], field: str
) -> None:
    assert error_locs(encounter(**overrides))[0][0] == field


def test_minutes_lost_may_reach_the_longer_of_actual_and_scheduled_length() -> None:
    ok = encounter(
        actual_end=START + timedelta(minutes=63), technical_problems={"minutes_lost": 60}
    )
    assert EncounterIn.model_validate(ok).technical_problems is not None
    no_times = encounter(
        status="no-show",
        actual_start=None,
        actual_end=None,
        scheduled_minutes=None,
        technical_problems={"kinds": ["login"], "minutes_lost": 20},
    )
    assert EncounterIn.model_validate(no_times).technical_problems is not None


def test_a_telehealth_no_show_can_report_the_login_failure_behind_it() -> None:
    missed = EncounterIn.model_validate(
        encounter(
            status="no-show",
            actual_start=None,
            actual_end=None,
            technical_problems={"kinds": ["login"], "minutes_lost": 15},
        )
    )
    assert missed.technical_problems is not None


def test_a_retracted_session_keeps_what_it_had() -> None:
    retracted = encounter(status="entered-in-error", cancelled_at=START - timedelta(hours=1))
    assert EncounterIn.model_validate(retracted).status == "entered-in-error"


def test_several_problems_are_reported_together() -> None:
    locs = error_locs(encounter(actual_end=START, cancelled_at=START, modality="chat"))
    assert {loc[0] for loc in locs} == {"modality", "actual_end", "cancelled_at"}


def test_output_carries_fhir_statuses_and_late_cancellation() -> None:
    cancelled = EncounterIn.model_validate(
        encounter(
            status="cancelled-by-patient",
            actual_start=None,
            actual_end=None,
            cancelled_at=START - timedelta(hours=30),
        )
    )
    out = EncounterOut.build(encounter_id="enc-1", encounter=cancelled, updated_at=NOW)
    assert (out.fhir_encounter_status, out.fhir_appointment_status) == ("cancelled", "cancelled")
    assert out.late_cancellation is False
    strict = EncounterOut.build(
        encounter_id="enc-1", encounter=cancelled, updated_at=NOW, late_notice=timedelta(hours=48)
    )
    assert strict.late_cancellation is True

"""Batches build ``encounter.upserted`` events from the stored dump; PUT builds them through the
``EncounterUpserted`` model. For any valid encounter the two must publish the same data."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from services.intake.api.encounters import EncounterBatchItem
from services.intake.encounters.events import encounter_event, encounter_event_from_dump
from services.intake.encounters.rows import prepare
from services.intake.lifecycle import EncounterStatus
from services.intake.schemas import EncounterIn
from services.intake.telehealth import Modality, problem_kinds_for
from shared.events import EncounterUpserted

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

NOW = datetime.now(UTC).replace(microsecond=0)
_ACTUAL = {EncounterStatus.FULFILLED, EncounterStatus.ENTERED_IN_ERROR}
_CANCELLED = {
    EncounterStatus.CANCELLED_BY_PATIENT,
    EncounterStatus.CANCELLED_BY_CLINIC,
    EncounterStatus.ENTERED_IN_ERROR,
}
_IDS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,12}", fullmatch=True)
# Offsets in quarter hours, UTC included (pydantic writes it as "Z", isoformat as "+00:00").
_ZONES = st.integers(-56, 56).map(lambda q: UTC if q == 0 else timezone(timedelta(minutes=15 * q)))


def _moment(zone: timezone, seconds_ago: int, micro: int) -> datetime:
    return (NOW - timedelta(seconds=seconds_ago)).replace(microsecond=micro).astimezone(zone)


@st.composite
def encounters(draw: st.DrawFn) -> dict[str, Any]:
    """A valid encounter body: every field the lifecycle and telehealth rules allow."""
    status = draw(st.sampled_from(EncounterStatus))
    modality = draw(st.sampled_from(Modality))
    zone = draw(_ZONES)
    micro = draw(st.sampled_from([0, 0, 123456]))
    length = draw(st.integers(1, 12 * 60))
    # Started long enough ago for its end (and the clock skew allowed) to be in the past.
    ago = draw(st.integers(length * 60 + 2 * 3600, 3 * 365 * 86400))
    start = _moment(zone, ago, micro)
    body: dict[str, Any] = {
        "patient_id": draw(_IDS),
        "referral_id": draw(st.none() | _IDS),
        "clinician_id": draw(_IDS),
        "team_id": draw(st.none() | _IDS),
        "site_id": draw(_IDS),
        "service_line": draw(_IDS),
        "modality": modality.value,
        "status": status.value,
        "scheduled_start": start.isoformat(),
        "scheduled_minutes": draw(st.none() | st.integers(5, 240)),
        "sensitivity": draw(st.sampled_from([None, "part2"])),
    }
    if status in _ACTUAL and draw(st.booleans()):
        body["actual_start"] = start.isoformat()
        body["actual_end"] = (start + timedelta(minutes=length)).isoformat()
    if status in _CANCELLED and draw(st.booleans()):
        before = draw(st.integers(0, 96 * 3600))
        body["cancelled_at"] = (start - timedelta(seconds=before)).isoformat()
    if modality.is_telehealth and status is not EncounterStatus.BOOKED and draw(st.booleans()):
        kinds = draw(st.lists(st.sampled_from(sorted(problem_kinds_for(modality))), unique=True))
        body["technical_problems"] = {
            "kinds": kinds,
            "minutes_lost": draw(st.integers(0, min(length, body["scheduled_minutes"] or length))),
            "dropped_and_rejoined": draw(st.booleans()),
            "switched_to_phone": modality is Modality.VIDEO and draw(st.booleans()),
        }
    return {k: v for k, v in body.items() if v is not None}


@settings(max_examples=400, deadline=None)
@given(
    body=encounters(),
    as_batch_item=st.booleans(),
    part2=st.booleans(),
    notice_hours=st.integers(0, 72),
)
def test_the_dump_built_event_is_the_model_built_event(
    body: dict[str, Any], as_batch_item: bool, part2: bool, notice_hours: int
) -> None:
    try:
        encounter: EncounterIn = (
            EncounterBatchItem.model_validate(body | {"encounter_id": "e-1"})
            if as_batch_item
            else EncounterIn.model_validate(body)
        )
    except ValidationError as exc:  # the strategy only builds valid encounters
        raise AssertionError(f"invalid generated encounter: {exc}") from exc
    notice = timedelta(hours=notice_hours)
    dumped, _ = prepare(encounter)
    by_model = encounter_event("org-a", "e-1", encounter, part2=part2, late_notice=notice)
    by_dump = encounter_event_from_dump(
        "org-a", "e-1", encounter, dumped, part2=part2, late_notice=notice
    )
    assert by_dump == by_model
    # What is stored is the JSON text: the same text, and it parses under the feed contract.
    assert json.dumps(by_dump.data, sort_keys=True) == json.dumps(by_model.data, sort_keys=True)
    assert EncounterUpserted.model_validate(by_dump.data).model_dump(mode="json") == by_dump.data
    if part2:
        assert (by_dump.data["patient_id"], by_dump.data["referral_id"]) == (None, None)
    else:
        assert by_dump.data["patient_id"] == encounter.patient_id


def test_the_strategy_reaches_every_branch() -> None:
    """The comparison above is only worth something if the awkward fields do vary."""
    seen: set[str] = set()

    @settings(max_examples=300, deadline=None, database=None)
    @given(body=encounters())
    def collect(body: dict[str, Any]) -> None:
        seen.update(k for k in ("actual_start", "cancelled_at", "technical_problems") if k in body)
        if body["scheduled_start"].endswith("+00:00"):
            seen.add("utc")
        if ".123456" in body["scheduled_start"]:
            seen.add("microseconds")

    collect()
    assert seen == {
        "actual_start",
        "cancelled_at",
        "technical_problems",
        "utc",
        "microseconds",
    }

"""Encounter events become one fact row per encounter, with its derived columns."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy.engine import Engine

from services.metrics.sync.apply.encounters import TABLE
from shared.events import EncounterUpserted, TelehealthProblems
from tests.metrics.sync.events import apply, event, one

NEW_YORK_WINTER = timezone(timedelta(hours=-5))


def encounter(**overrides: object) -> EncounterUpserted:
    values: dict[str, object] = {
        "encounter_id": "enc-1",
        "patient_id": "pt-1",
        "clinician_id": "clin-1",
        "team_id": "team-1",
        "site_id": "site-1",
        "service_line": "adult-outpatient",
        "modality": "video",
        "scheduled_start": datetime(2026, 3, 4, 10, tzinfo=UTC),
        "status": "booked",
    }
    values.update(overrides)
    return EncounterUpserted.model_validate(values)


def test_period_keys_use_the_local_calendar_of_the_offset_sent(fact_engine: Engine, org: str):
    # Sunday 29 March 2026, 21:30 in New York is Monday 02:30 UTC: the local Sunday counts.
    start = datetime(2026, 3, 29, 21, 30, tzinfo=NEW_YORK_WINTER)
    apply(fact_engine, event(org, encounter(scheduled_start=start)))
    row = one(fact_engine, TABLE, org)
    assert (row["day"], row["week"], row["month"], row["quarter"]) == (
        date(2026, 3, 29),
        date(2026, 3, 23),
        date(2026, 3, 1),
        date(2026, 1, 1),
    )
    assert row["start_utc"].replace(tzinfo=UTC) == datetime(2026, 3, 30, 2, 30, tzinfo=UTC)


def test_booked_then_fulfilled_leaves_one_fulfilled_row(fact_engine: Engine, org: str) -> None:
    apply(fact_engine, event(org, encounter(status="booked")))
    apply(fact_engine, event(org, encounter(status="fulfilled")))
    row = one(fact_engine, TABLE, org)
    assert row["status"] == "fulfilled"


def test_an_older_event_never_overwrites_a_newer_state(fact_engine: Engine, org: str) -> None:
    booked = event(org, encounter(status="booked"))
    kept = event(org, encounter(status="fulfilled"))
    apply(fact_engine, booked, kept)
    apply(fact_engine, booked)  # a replay of the first event alone
    assert one(fact_engine, TABLE, org)["status"] == "fulfilled"


def test_technical_problem_needs_telehealth_and_a_reported_problem(
    fact_engine: Engine, org: str
) -> None:
    cases = {
        "video-kinds": ("video", TelehealthProblems(kinds=["audio"]), True),
        "phone-minutes": ("phone", TelehealthProblems(minutes_lost=3), True),
        "video-dropped": ("video", TelehealthProblems(dropped_and_rejoined=True), True),
        "video-switched": ("video", TelehealthProblems(switched_to_phone=True), True),
        "video-clean": ("video", TelehealthProblems(), False),
        "video-none": ("video", None, False),
        "office-minutes": ("in-person", TelehealthProblems(minutes_lost=9), False),
    }
    apply(
        fact_engine,
        *(
            event(org, encounter(encounter_id=k, modality=m, telehealth=t, status="fulfilled"))
            for k, (m, t, _) in cases.items()
        ),
    )
    from tests.metrics.sync.events import rows

    got = {r["encounter_id"]: r for r in rows(fact_engine, TABLE, org)}
    assert {k: got[k]["technical_problem"] for k in cases} == {k: v[2] for k, v in cases.items()}
    assert got["phone-minutes"]["minutes_lost"] == 3
    assert got["video-switched"]["switched_to_phone"] is True
    assert got["video-dropped"]["dropped_and_rejoined"] is True


def test_late_cancellation_flag_is_the_events(fact_engine: Engine, org: str) -> None:
    apply(
        fact_engine,
        event(org, encounter(status="cancelled-by-patient", late_cancellation=True)),
    )
    row = one(fact_engine, TABLE, org)
    assert (row["status"], row["late_cancellation"]) == ("cancelled-by-patient", True)


def test_part2_redacted_encounter_is_stored_without_patient(fact_engine: Engine, org: str):
    apply(fact_engine, event(org, encounter(status="fulfilled")))
    apply(fact_engine, event(org, encounter(status="fulfilled", patient_id=None, redacted=True)))
    row = one(fact_engine, TABLE, org)
    assert (row["patient_id"], row["redacted"], row["status"]) == (None, True, "fulfilled")
    assert row["assessed_within_7_days"] is False

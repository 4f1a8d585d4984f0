"""The encounter rollup follows every change the consumer makes to the encounter facts: it always
equals the rollup recomputed from the facts alone (what a rebuild would give)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import delete
from sqlalchemy.engine import Engine

from services.metrics.sync.apply.encounters import TABLE
from shared.events import AssessmentScored, EncounterUpserted, TelehealthProblems
from tests.metrics.rollup_reference import expected_rollup, stored_rollup
from tests.metrics.sync.events import apply, event

START = datetime(2026, 3, 4, 10, tzinfo=UTC)


def encounter(**overrides: object) -> EncounterUpserted:
    values: dict[str, object] = {
        "encounter_id": "enc-1",
        "patient_id": "pt-1",
        "clinician_id": "clin-1",
        "team_id": "team-1",
        "site_id": "site-1",
        "modality": "video",
        "scheduled_start": START,
        "status": "booked",
    }
    values.update(overrides)
    return EncounterUpserted.model_validate(values)


def assessment(assessment_id: str, completed_at: datetime) -> AssessmentScored:
    return AssessmentScored.model_validate(
        {
            "assessment_id": assessment_id,
            "instrument_id": "phq9",
            "instrument_version": "1",
            "completed_at": completed_at,
            "patient_id": "pt-1",
            "total": 12,
        }
    )


def rollup_of(engine: Engine, org: str) -> dict[tuple, dict[str, int]]:
    stored = stored_rollup(engine, {org})
    assert stored == expected_rollup(engine, {org})
    return stored


def test_booked_then_fulfilled_counts_once_as_kept(fact_engine: Engine, org: str) -> None:
    apply(fact_engine, event(org, encounter(status="booked")))
    assert rollup_of(fact_engine, org) == {}
    apply(fact_engine, event(org, encounter(status="fulfilled")))
    stored = rollup_of(fact_engine, org)
    assert set(stored) == {
        (org, "week", date(2026, 3, 2), "pt-1"),
        (org, "month", date(2026, 3, 1), "pt-1"),
        (org, "quarter", date(2026, 1, 1), "pt-1"),
    }
    month = stored[(org, "month", date(2026, 3, 1), "pt-1")]
    assert (month["engaged_video"], month["kept_video"], month["no_show_video"]) == (1, 1, 0)


def test_a_put_moving_the_date_or_patient_moves_the_counts(fact_engine: Engine, org: str) -> None:
    apply(fact_engine, event(org, encounter(status="fulfilled")))
    apply(fact_engine, event(org, encounter(encounter_id="enc-2", status="no-show")))
    moved = datetime(2026, 4, 20, 10, tzinfo=UTC)
    apply(fact_engine, event(org, encounter(status="fulfilled", scheduled_start=moved)))
    apply(fact_engine, event(org, encounter(status="fulfilled", clinician_id="clin-2")))
    apply(
        fact_engine,
        event(org, encounter(encounter_id="enc-2", status="no-show", patient_id="pt-2")),
    )
    stored = rollup_of(fact_engine, org)
    march = (org, "month", date(2026, 3, 1), "pt-1")
    # enc-1 came back to March with its clinician change; enc-2 moved to pt-2.
    assert (stored[march]["engaged_video"], stored[march]["kept_video"]) == (1, 1)
    assert (org, "month", date(2026, 4, 1), "pt-1") not in stored
    moved_patient = stored[(org, "month", date(2026, 3, 1), "pt-2")]
    assert (moved_patient["engaged_video"], moved_patient["no_show_video"]) == (1, 1)


def test_leaving_the_population_deletes_the_rows(fact_engine: Engine, org: str) -> None:
    apply(fact_engine, event(org, encounter(status="fulfilled")))
    apply(fact_engine, event(org, encounter(status="cancelled-by-clinic")))
    assert rollup_of(fact_engine, org) == {}


def test_an_older_replayed_event_changes_nothing(fact_engine: Engine, org: str) -> None:
    booked = event(org, encounter(status="no-show"))
    kept = event(org, encounter(status="fulfilled"))
    apply(fact_engine, booked, kept)
    before = rollup_of(fact_engine, org)
    apply(fact_engine, booked)
    assert rollup_of(fact_engine, org) == before


def test_redacted_encounters_each_count_in_the_empty_patient_row(
    fact_engine: Engine, org: str
) -> None:
    problems = TelehealthProblems(minutes_lost=7, switched_to_phone=True)
    for i in range(3):
        apply(
            fact_engine,
            event(
                org,
                encounter(
                    encounter_id=f"r-{i}",
                    patient_id=None,
                    redacted=True,
                    status="fulfilled",
                    telehealth=problems,
                ),
            ),
        )
    row = rollup_of(fact_engine, org)[(org, "month", date(2026, 3, 1), "")]
    assert (row["kept_video"], row["minutes_video"], row["switched_video"]) == (3, 21, 3)
    assert row["problem_video"] == 3


def test_an_assessment_arriving_later_sets_the_assessed_count(
    fact_engine: Engine, org: str
) -> None:
    apply(fact_engine, event(org, encounter(status="fulfilled", modality="in-person")))
    key = (org, "month", date(2026, 3, 1), "pt-1")
    assert rollup_of(fact_engine, org)[key]["assessed_in_person"] == 0
    apply(fact_engine, event(org, assessment("a-1", datetime(2026, 3, 1, 9, tzinfo=UTC))))
    assert rollup_of(fact_engine, org)[key]["assessed_in_person"] == 1


def test_emptying_the_facts_empties_the_rollup(fact_engine: Engine, org: str) -> None:
    apply(
        fact_engine,
        event(org, encounter(status="fulfilled")),
        event(org, encounter(encounter_id="enc-2", status="no-show", modality="phone")),
    )
    assert rollup_of(fact_engine, org)
    with fact_engine.begin() as connection:
        connection.execute(delete(TABLE).where(TABLE.c.org == org))
    assert rollup_of(fact_engine, org) == {}


def test_a_change_within_the_same_periods_moves_counts_between_columns(
    fact_engine: Engine, org: str
) -> None:
    apply(fact_engine, event(org, encounter(status="fulfilled")))
    lost = TelehealthProblems(minutes_lost=5)
    apply(fact_engine, event(org, encounter(status="fulfilled", modality="phone", telehealth=lost)))
    apply(fact_engine, event(org, encounter(status="no-show", modality="phone", telehealth=lost)))
    row = rollup_of(fact_engine, org)[(org, "quarter", date(2026, 1, 1), "pt-1")]
    assert (row["engaged_video"], row["engaged_phone"], row["no_show_phone"]) == (0, 1, 1)
    assert (row["kept_phone"], row["minutes_phone"], row["problem_phone"]) == (0, 0, 0)

"""Assessments, the episodes derived from them, and the 7-day link to kept sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine

from services.metrics.sync.apply.assessments import TABLE as ASSESSMENTS
from services.metrics.sync.apply.encounters import TABLE as ENCOUNTERS
from services.metrics.sync.apply.episodes import TABLE as EPISODES
from shared.events import AssessmentScored, EncounterUpserted
from tests.metrics.sync.events import apply, event, one, rows

T0 = datetime(2026, 2, 2, 9, tzinfo=UTC)


def assessment(assessment_id: str, **overrides: object) -> AssessmentScored:
    values: dict[str, object] = {
        "assessment_id": assessment_id,
        "instrument_id": "phq9",
        "instrument_version": "1",
        "completed_at": T0,
        "patient_id": "pt-1",
        "clinician_id": "clin-1",
        "team_id": "team-1",
        "site_id": "site-1",
        "total": 18,
        "caseness": True,
    }
    values.update(overrides)
    return AssessmentScored.model_validate(values)


def follow_up(assessment_id: str, weeks: float, **flags: bool | None) -> AssessmentScored:
    return assessment(
        assessment_id,
        completed_at=T0 + timedelta(weeks=weeks),
        baseline_assessment_id="base",
        weeks_since_baseline=weeks,
        total=9,
        caseness=False,
        # As measures judges a follow-up of a case at baseline: every flag true or false.
        **{
            "reliable_improvement": False,
            "reliable_deterioration": False,
            "recovery": False,
            "remission": False,
            "response": False,
            **flags,
        },
    )


def kept(encounter_id: str, start: datetime, status: str = "fulfilled") -> EncounterUpserted:
    return EncounterUpserted(
        encounter_id=encounter_id,
        patient_id="pt-1",
        modality="in-person",
        scheduled_start=start,
        status=status,  # type: ignore[arg-type]
    )


def test_episode_outcome_is_the_latest_follow_up_within_12_weeks(fact_engine: Engine, org: str):
    apply(
        fact_engine,
        event(org, assessment("base")),
        event(org, follow_up("w4", 4, reliable_improvement=True)),
        event(org, follow_up("w10", 10, reliable_improvement=True, recovery=True)),
        event(org, follow_up("w14", 14, remission=True)),  # past 12 weeks: not the outcome
    )
    episode = one(fact_engine, EPISODES, org)
    assert episode["outcome_assessment_id"] == "w10"
    assert episode["outcome_weeks"] == 10
    assert (episode["reliable_improvement"], episode["recovery"], episode["remission"]) == (
        True,
        True,
        False,
    )
    assert episode["baseline_at"].replace(tzinfo=UTC) == T0
    assert episode["month"].isoformat() == "2026-02-01"


def test_follow_ups_before_their_baseline_give_the_same_episode(fact_engine: Engine, org: str):
    other = org + "-b"
    events = [
        ("base", assessment("base")),
        ("w6", follow_up("w6", 6, reliable_deterioration=True)),
        ("w8", follow_up("w8", 8, remission=True)),
    ]
    apply(fact_engine, *(event(org, d) for _, d in events))
    for _, d in reversed(events):  # the follow-ups first, one page each
        apply(fact_engine, event(other, d))
    first, second = one(fact_engine, EPISODES, org), one(fact_engine, EPISODES, other)
    first.pop("org"), second.pop("org")
    assert first == second
    assert first["outcome_assessment_id"] == "w8" and first["remission"] is True


def test_episode_without_follow_up_has_no_outcome(fact_engine: Engine, org: str) -> None:
    apply(fact_engine, event(org, assessment("base")))
    episode = one(fact_engine, EPISODES, org)
    assert episode["outcome_assessment_id"] is None
    assert (episode["reliable_improvement"], episode["recovery"]) == (None, None)


def test_an_outcome_a_patient_is_not_eligible_for_is_stored_null(fact_engine: Engine, org: str):
    """Baseline 8 (no case): measures sends null recovery and remission; an event published
    before it did so says false, and is read as null too."""
    apply(
        fact_engine,
        event(org, assessment("base", total=8, caseness=False)),
        event(
            org,
            follow_up(
                "w6", 6, reliable_improvement=True, recovery=None, remission=None, response=None
            ),
        ),
        event(org + "-old", assessment("base", total=8, caseness=False)),
        event(
            org + "-old",
            follow_up("w6", 6, reliable_improvement=True, recovery=False, remission=False),
        ),
    )
    for tenant in (org, org + "-old"):
        episode = one(fact_engine, EPISODES, tenant)
        assert episode["outcome_assessment_id"] == "w6"
        assert (episode["reliable_improvement"], episode["recovery"], episode["remission"]) == (
            True, None, None,
        )  # fmt: skip
    stored = [r for r in rows(fact_engine, ASSESSMENTS, org) if r["assessment_id"] == "w6"]
    assert (stored[0]["recovery"], stored[0]["remission"], stored[0]["response"]) == (
        None, None, None,
    )  # fmt: skip


def test_anonymous_and_incomplete_assessments_open_no_episode(fact_engine: Engine, org: str):
    apply(
        fact_engine,
        event(org, assessment("burnout", instrument_id="burnout1", patient_id=None)),
        event(org, assessment("incomplete", total=None)),
    )
    assert rows(fact_engine, EPISODES, org) == []


def test_assessed_within_7_days_from_either_side(fact_engine: Engine, org: str) -> None:
    start = datetime(2026, 3, 10, 15, tzinfo=UTC)
    other = org + "-b"
    sessions = [
        kept("in-window", start),
        kept("too-late", start + timedelta(days=8)),
        kept("before", start - timedelta(days=7)),  # precedes the assessment
        kept("no-show", start, status="no-show"),
    ]
    scored = assessment("a1", completed_at=start - timedelta(days=6, hours=23))
    # Encounters first (intake fed first), then the assessment ...
    apply(fact_engine, *(event(org, s) for s in sessions))
    apply(fact_engine, event(org, scored))
    # ... and the other way round, for another org.
    apply(fact_engine, event(other, scored))
    apply(fact_engine, *(event(other, s) for s in sessions))
    expected = {"in-window": True, "too-late": False, "before": False, "no-show": False}
    for tenant in (org, other):
        got = {
            r["encounter_id"]: r["assessed_within_7_days"]
            for r in rows(fact_engine, ENCOUNTERS, tenant)
        }
        assert got == expected, tenant


def test_assessment_at_session_start_counts_and_one_after_does_not(fact_engine: Engine, org: str):
    start = datetime(2026, 3, 10, 15, tzinfo=UTC)
    apply(
        fact_engine,
        event(org, kept("at-start", start)),
        event(org, kept("earlier", start - timedelta(hours=2))),
    )
    apply(fact_engine, event(org, assessment("a1", completed_at=start)))
    got = {
        r["encounter_id"]: r["assessed_within_7_days"] for r in rows(fact_engine, ENCOUNTERS, org)
    }
    assert got == {"at-start": True, "earlier": False}


def test_a_session_retracted_after_being_kept_loses_the_flag(fact_engine: Engine, org: str):
    start = datetime(2026, 3, 10, 15, tzinfo=UTC)
    apply(fact_engine, event(org, assessment("a1", completed_at=start - timedelta(days=1))))
    apply(fact_engine, event(org, kept("e1", start)))
    assert one(fact_engine, ENCOUNTERS, org)["assessed_within_7_days"] is True
    apply(fact_engine, event(org, kept("e1", start, status="entered-in-error")))
    assert one(fact_engine, ENCOUNTERS, org)["assessed_within_7_days"] is False

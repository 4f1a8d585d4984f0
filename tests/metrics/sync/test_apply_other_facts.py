"""Patients, referrals, feedback and alerts: what each fact keeps, and what it leaves behind."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy.engine import Engine

from services.metrics.sync.apply.alerts import TABLE as ALERTS
from services.metrics.sync.apply.feedback import TABLE as FEEDBACK
from services.metrics.sync.apply.patients import TABLE as PATIENTS
from services.metrics.sync.apply.referrals import TABLE as REFERRALS
from shared.events import (
    AlertAcknowledged,
    AlertRaised,
    FeedbackReceived,
    PatientUpserted,
    ReferralUpserted,
)
from tests.metrics.sync.events import apply, event, one, rows

PACIFIC = timezone(timedelta(hours=-8))


def patient(patient_id: str, race: list[str]) -> PatientUpserted:
    return PatientUpserted(
        patient_id=patient_id,
        age_band="25-34",
        sex="248152002",
        gender_identity="446141000124107",
        race=race,
        ethnicity="2186-5",
        language="es",
        payer="1",
        rurality="urban",
    )


def test_patient_race_is_one_code_multiple_or_none(fact_engine: Engine, org: str) -> None:
    apply(
        fact_engine,
        event(org, patient("one", ["2106-3"])),
        event(org, patient("two", ["2106-3", "2054-5"])),
        event(org, patient("repeat", ["2054-5", "2054-5"])),
        event(org, patient("none", [])),
    )
    got = {r["patient_id"]: r["race"] for r in rows(fact_engine, PATIENTS, org)}
    assert got == {"one": "2106-3", "two": "multiple", "repeat": "2054-5", "none": None}


def test_patient_fact_holds_only_equity_categories(fact_engine: Engine, org: str) -> None:
    data = patient("p", ["2106-3"]).model_dump(mode="json")
    data["birth_year"] = 1980  # a producer adding fields metrics must not keep
    e = event(org, patient("p", ["2106-3"]))
    e = e.model_copy(update={"data": data})
    apply(fact_engine, e)
    row = one(fact_engine, PATIENTS, org)
    assert set(row) == {
        "org", "patient_id", "age_band", "sex", "gender", "race", "ethnicity", "language",
        "payer", "rurality", "event_time",
    }  # fmt: skip
    assert (row["gender"], row["language"]) == ("446141000124107", "es")


def test_access_days_count_local_calendar_days(fact_engine: Engine, org: str) -> None:
    # Kept on 9 March at 19:00 Pacific (03:00 UTC on the 10th): 8 days after 1 March.
    kept_at = datetime(2026, 3, 9, 19, tzinfo=PACIFIC)
    referral = ReferralUpserted(
        referral_id="r1", patient_id="pt-1", received_on=date(2026, 3, 1), site_id="site-1"
    )
    apply(fact_engine, event(org, referral))
    assert one(fact_engine, REFERRALS, org)["access_days"] is None
    apply(fact_engine, event(org, referral.model_copy(update={"first_kept_at": kept_at})))
    row = one(fact_engine, REFERRALS, org)
    assert row["access_days"] == 8
    assert row["first_kept_at"].replace(tzinfo=UTC) == kept_at.astimezone(UTC)
    assert (row["day"], row["week"], row["month"]) == (
        date(2026, 3, 1),
        date(2026, 2, 23),
        date(2026, 3, 1),
    )


def test_redacted_referral_keeps_no_patient(fact_engine: Engine, org: str) -> None:
    referral = ReferralUpserted(
        referral_id="r1", patient_id=None, received_on=date(2026, 3, 1), redacted=True
    )
    apply(fact_engine, event(org, referral))
    row = one(fact_engine, REFERRALS, org)
    assert (row["patient_id"], row["redacted"]) == (None, True)


def test_feedback_keeps_the_numeric_summary_only(fact_engine: Engine, org: str) -> None:
    data = FeedbackReceived(
        feedback_id="fb1",
        form_id="session-feedback",
        received_at=datetime(2026, 3, 31, 23, tzinfo=PACIFIC),
        patient_id="pt-1",
        modality="video",
        scores={"felt-heard": 5, "overall": 7, "worked-on": 4},
        top_box={"felt-heard": True, "overall": False, "worked-on": False},
        mean=5.33,
    )
    payload = data.model_dump(mode="json") | {"comment": "free text that must not be stored"}
    apply(fact_engine, event(org, data).model_copy(update={"data": payload}))
    row = one(fact_engine, FEEDBACK, org)
    assert (row["items_scored"], row["top_box_items"], row["mean"]) == (3, 1, 5.33)
    assert row["month"] == date(2026, 3, 1) and row["quarter"] == date(2026, 1, 1)
    assert "free text" not in repr(row)


def test_alert_hours_to_acknowledge_in_either_order(fact_engine: Engine, org: str) -> None:
    raised_at = datetime(2026, 3, 2, 8, tzinfo=UTC)
    raised = AlertRaised(
        alert_id="al-1",
        rule="critical_item",
        raised_at=raised_at,
        patient_id="pt-1",
        instrument_id="phq9",
        clinician_id="clin-1",
        team_id="team-1",
        site_id="site-1",
    )
    acked = AlertAcknowledged(
        alert_id="al-1",
        acknowledged_at=raised_at + timedelta(hours=2, minutes=30),
        raised_at=raised_at,
        rule="critical_item",
    )
    apply(fact_engine, event(org, raised))
    assert one(fact_engine, ALERTS, org)["hours_to_acknowledge"] is None
    apply(fact_engine, event(org, acked))
    apply(fact_engine, event(org, raised))  # a replayed raise keeps the acknowledgement
    in_order = one(fact_engine, ALERTS, org)
    other = org + "-b"
    apply(fact_engine, event(other, acked))
    apply(fact_engine, event(other, raised))
    reversed_order = one(fact_engine, ALERTS, other)
    assert in_order["hours_to_acknowledge"] == 2.5
    in_order.pop("org"), reversed_order.pop("org")
    assert in_order == reversed_order
    assert in_order["clinician_id"] == "clin-1"


def test_unknown_event_types_are_ignored(fact_engine: Engine, org: str) -> None:
    from services.metrics.sync.apply import apply_events

    e = event(org, patient("p", []))
    unknown = e.model_copy(update={"type": "patient.merged", "data": {"anything": 1}})
    broken = e.model_copy(update={"type": "encounter.upserted", "data": {"encounter_id": 5}})
    with fact_engine.begin() as connection:
        applied = apply_events(connection, [unknown, broken, e])
    assert (applied.events, applied.ignored) == (3, 2)
    assert len(rows(fact_engine, PATIENTS, org)) == 1

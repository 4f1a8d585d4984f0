"""Fact rows written straight into metrics' tables, as the feed consumers would leave them."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session
from starlette.testclient import TestClient

from services.metrics.models import EncounterFact, EpisodeFact, FeedbackFact, PatientFact

_ids = itertools.count(1)


def period_keys(day: date) -> dict[str, date]:
    return {
        "day": day,
        "week": day - timedelta(days=day.weekday()),
        "month": day.replace(day=1),
        "quarter": date(day.year, 3 * ((day.month - 1) // 3) + 1, 1),
    }


def month(start: date, offset: int) -> date:
    m = start.month - 1 + offset
    return date(start.year + m // 12, m % 12 + 1, 1)


def encounter(org: str, day: date, *, kept: bool, patient: str, **fields: Any) -> EncounterFact:
    """One appointment with a known outcome: kept (fulfilled) or a no-show."""
    values: dict[str, Any] = {
        "org": org,
        "encounter_id": f"e-{next(_ids)}",
        "patient_id": patient,
        "clinician_id": "c-1",
        "team_id": "team-a",
        "site_id": "site-1",
        "modality": "video",
        "status": "fulfilled" if kept else "no-show",
        "start_utc": datetime(day.year, day.month, day.day, 15, tzinfo=UTC),
        **period_keys(day),
    }
    values.update(fields)
    return EncounterFact(**values)


def month_of_encounters(
    org: str, first_day: date, *, total: int, kept: int, patients: int, prefix: str = "p",
    **fields: Any,
) -> list[EncounterFact]:  # fmt: skip
    """`total` appointments in the month of `first_day`, `kept` of them kept, spread over
    `patients` distinct patients."""
    return [
        encounter(
            org,
            first_day + timedelta(days=i % 27),
            kept=i < kept,
            patient=f"{prefix}-{i % patients}",
            **fields,
        )
        for i in range(total)
    ]


def patient(org: str, patient_id: str, **categories: Any) -> PatientFact:
    return PatientFact(org=org, patient_id=patient_id, **categories)


def episode(org: str, day: date, *, patient: str, improved: bool, **fields: Any) -> EpisodeFact:
    values: dict[str, Any] = {
        "org": org,
        "baseline_assessment_id": f"a-{next(_ids)}",
        "patient_id": patient,
        "instrument_id": "phq9",
        "clinician_id": "c-1",
        "team_id": "team-a",
        "site_id": "site-1",
        "baseline_at": datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
        "outcome_assessment_id": f"a-{next(_ids)}",
        "outcome_weeks": 8.0,
        "reliable_improvement": improved,
        **period_keys(day),
    }
    values.update(fields)
    return EpisodeFact(**values)


def feedback(org: str, day: date, *, patient: str, mean: float, **fields: Any) -> FeedbackFact:
    values: dict[str, Any] = {
        "org": org,
        "feedback_id": f"f-{next(_ids)}",
        "form_id": "csq8",
        "patient_id": patient,
        "clinician_id": "c-1",
        "team_id": "team-a",
        "site_id": "site-1",
        "received_at": datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
        "mean": mean,
        "items_scored": 8,
        "top_box_items": 4,
        **period_keys(day),
    }
    values.update(fields)
    return FeedbackFact(**values)


def insert(client: TestClient, rows: Iterable[Any]) -> None:
    """Commit fact rows into the metrics database behind `client`."""
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        session.add_all(list(rows))
        session.commit()

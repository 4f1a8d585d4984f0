"""Every rule of a safety event report answers with a 422 problem pointing at its field, never a
500, and no problem repeats the narrative."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.intake.schemas.safety_events import MAX_NARRATIVE
from tests.intake.safety import reader, report, writer

SECRET = "Quentin-Z3 told me"
FUTURE = (datetime.now(UTC) + timedelta(hours=3)).isoformat()

CASES: list[tuple[str, dict[str, Any], str]] = [
    ("near miss with harm", {"kind": "near-miss", "harm_level": "mild"}, "/body/harm_level"),
    ("near miss with death", {"kind": "near-miss", "harm_level": "death"}, "/body/harm_level"),
    ("death without death", {"kind": "death", "harm_level": "severe"}, "/body/harm_level"),
    ("unknown kind", {"kind": "slip"}, "/body/kind"),
    ("unknown harm level", {"harm_level": "catastrophic"}, "/body/harm_level"),
    ("future occurrence", {"occurred_at": FUTURE}, "/body/occurred_at"),
    ("no offset", {"occurred_at": "2025-03-17T14:20:00"}, "/body/occurred_at"),
    ("before 2000", {"occurred_at": "1999-12-31T23:00:00Z"}, "/body/occurred_at"),
    ("no team or site", {"team_id": None, "site_id": None}, "/body/site_id"),
    ("no narrative", {"narrative": None}, "/body/narrative"),
    ("blank narrative", {"narrative": "   "}, "/body/narrative"),
    ("long narrative", {"narrative": SECRET + "x" * MAX_NARRATIVE}, "/body/narrative"),
    ("NUL in narrative", {"narrative": SECRET + "\x00"}, "/body/narrative"),
    ("narrative not text", {"narrative": {"text": SECRET}}, "/body/narrative"),
    ("bad id", {"safety_event_id": "se 1/2"}, "/body/safety_event_id"),
    ("SSN as reporter", {"reporter_id": "123-45-6789"}, "/body/reporter_id"),
    ("identifying field", {"reporter_name": SECRET}, "/body"),
    ("unknown field", {"severity": 3}, "/body/severity"),
]


@pytest.mark.parametrize(("change", "pointer"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_rule_is_a_422_at_its_field(
    intake_client: TestClient, org: str, change: dict[str, Any], pointer: str
) -> None:
    body = {k: v for k, v in (report() | change).items() if v is not None}
    answer = intake_client.post("/v1/safety-events", json=body, headers=writer(org))
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert pointer in [e["pointer"] for e in answer.json()["errors"]]
    assert "Quentin" not in answer.text and "Rosalind" not in answer.text
    # The same item in a batch is refused alone, pointing into the item.
    batch = intake_client.post("/v1/safety-events:batch", json=[body], headers=writer(org))
    (item,) = batch.json()["results"]
    assert item["status"] == 422 and "Quentin" not in batch.text
    assert intake_client.get("/v1/safety-events", headers=writer(org)).status_code == 403


def test_harm_levels_that_fit_are_accepted(intake_client: TestClient, org: str) -> None:
    fits = [
        {"kind": "near-miss", "harm_level": "none"},
        {"kind": "near-miss", "harm_level": "unknown"},
        {"kind": "death", "harm_level": "death"},
        {"kind": "fall", "harm_level": "death"},
        {"kind": "self-harm", "harm_level": "none"},
        {"kind": "privacy-breach", "harm_level": "unknown", "team_id": None},
    ]
    statuses = [
        intake_client.post(
            "/v1/safety-events", json=report(f"se-{i}", **fit), headers=writer(org)
        ).status_code
        for i, fit in enumerate(fits)
    ]
    assert statuses == [201] * len(fits)


@pytest.mark.parametrize(
    ("content", "content_type", "status"),
    [
        ("not json", "application/json", 400),
        ('{"an": "object"}', "application/json", 400),
        ("[1]", "text/csv", 415),
        ("[1, null]", "application/json", 200),
    ],
)
def test_malformed_batches_are_problems(
    intake_client: TestClient, org: str, content: str, content_type: str, status: int
) -> None:
    answer = intake_client.post(
        "/v1/safety-events:batch",
        content=content,
        headers=writer(org) | {"Content-Type": content_type},
    )
    assert answer.status_code == status
    if status == 200:
        assert [r["status"] for r in answer.json()["results"]] == [422, 422]


def test_writes_need_the_write_scope(intake_client: TestClient, org: str) -> None:
    answer = intake_client.post("/v1/safety-events", json=report(), headers=reader(org))
    assert answer.status_code == 403
    assert answer.json()["missing_scopes"] == ["intake:write"]

"""SMART Backend Services scopes stand for ours, and for nothing more.

Unit: each SMART form (v1 and v2, one resource and the wildcard) maps to the services that serve
the resource; malformed and person-context scopes grant nothing. Over HTTP on measures: a token
holding only ``system/Observation.rs`` searches Observations and is refused a write, naming the
scope it lacks; ``system/*.cruds`` writes; no SMART scope reaches the feed.
"""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from shared.auth.smart import smart_equivalents, with_smart_equivalents
from tests.support.tokens import bearer


@pytest.mark.parametrize(
    ("scope", "ours"),
    [
        ("system/Observation.read", {"measures:read"}),
        ("system/Observation.rs", {"measures:read"}),
        ("system/Observation.s", {"measures:read"}),
        ("system/Observation.write", {"measures:write"}),
        ("system/Observation.c", {"measures:write"}),
        ("system/Observation.*", {"measures:read", "measures:write"}),
        ("system/Patient.cruds", {"intake:read", "intake:write"}),
        ("system/QuestionnaireResponse.c", {"intake:write", "measures:write"}),
        ("system/MeasureReport.rs", {"metrics:read"}),
        ("system/*.read", {"intake:read", "measures:read", "metrics:read"}),
        ("system/*.cruds", {f"{s}:{a}" for s in ("intake", "measures", "metrics")
                            for a in ("read", "write")}),
    ],
)  # fmt: skip
def test_a_smart_scope_stands_for_the_scopes_of_the_services_serving_its_resource(
    scope: str, ours: set[str]
) -> None:
    assert smart_equivalents(scope) == ours


@pytest.mark.parametrize(
    "scope",
    [
        "patient/Observation.rs",  # a person's launch context, not a system
        "user/*.read",
        "system/Observation.sr",  # v2 letters out of order
        "system/Observation.rrs",  # a letter twice
        "system/Observation.x",
        "system/Device.read",  # a resource no service serves
        "system/*",
        "system/observation.read",
        "measures:read",
    ],
)
def test_anything_else_stands_for_nothing(scope: str) -> None:
    assert smart_equivalents(scope) == frozenset()


def test_no_smart_scope_grants_the_feed_administration_safety_reviews_or_the_operator() -> None:
    everything = with_smart_equivalents(["system/*.*", "system/*.cruds", "system/*.write"])
    assert not everything & {
        "feed:read", "feed:all", "metrics:admin", "intake:safety-review", "platform:operate",
        "intake:feedback-review",
    }  # fmt: skip
    assert with_smart_equivalents(["feed:read"]) == {"feed:read"}


def test_a_read_only_smart_token_searches_observations_and_may_not_write(
    measures_client: TestClient, org: str
) -> None:
    reader = bearer(org, "system/Observation.rs")
    search = measures_client.get("/fhir/Observation", params={"patient": "p1"}, headers=reader)
    assert search.status_code == 200, search.text
    refused = measures_client.post("/v1/assessments", json={}, headers=reader)
    assert refused.status_code == 403
    assert refused.json()["missing_scopes"] == ["measures:write"]
    feed = measures_client.get("/v1/feed", headers=bearer(org, "system/*.cruds"))
    assert feed.status_code == 403


def test_a_smart_write_token_records_an_assessment(measures_client: TestClient, org: str) -> None:
    answers = {f"phq9_{i}": 1 for i in range(1, 10)} | {"phq9_9": 0}
    stored = measures_client.post(
        "/v1/assessments",
        json={
            "assessment_id": "smart-1",
            "patient_id": "p-smart",
            "instrument_id": "phq9",
            "answers": answers,
            "completed_at": "2026-11-30T10:00:00Z",
        },
        headers=bearer(org, "system/*.cruds"),
    )
    assert stored.status_code == 201, stored.text
    assert stored.json()["score"]["total"] == 8

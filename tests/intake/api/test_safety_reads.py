"""Reading safety events: filters, paging, and the narrative only for reviewers, audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from starlette.testclient import TestClient

from tests.intake.safety import NARRATIVE, OCCURRED, audit_rows, reader, report, reviewer, writer
from tests.support.tokens import bearer

REPORTS = [
    report("se-a", kind="fall", harm_level="severe", team_id="t-1", site_id="s-1"),
    report("se-b", kind="near-miss", harm_level="none", team_id="t-1", site_id="s-2"),
    report("se-c", kind="fall", harm_level="mild", team_id="t-2", site_id="s-1", patient_id="p-1"),
    report(
        "se-d",
        kind="self-harm",
        harm_level="moderate",
        team_id="t-2",
        site_id=None,
        occurred_at=(OCCURRED - timedelta(days=10)).isoformat(),
        reporter_id=None,
    ),
]


@pytest.fixture
def stored(intake_client: TestClient, org: str) -> str:
    answer = intake_client.post("/v1/safety-events:batch", json=REPORTS, headers=writer(org))
    assert answer.json()["accepted"] == len(REPORTS)
    intake_client.post(
        "/v1/safety-events/se-b/review", json={"review_status": "reviewed"}, headers=reviewer(org)
    )
    return org


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["se-a", "se-b", "se-c", "se-d"]),
        ({"kind": "fall"}, ["se-a", "se-c"]),
        ({"harm_level": "none"}, ["se-b"]),
        ({"review_status": "reviewed"}, ["se-b"]),
        ({"review_status": "received", "team_id": "t-2"}, ["se-c", "se-d"]),
        ({"site_id": "s-1"}, ["se-a", "se-c"]),
        ({"occurred_from": (OCCURRED - timedelta(days=1)).isoformat()}, ["se-a", "se-b", "se-c"]),
        ({"occurred_to": (OCCURRED - timedelta(days=1)).isoformat()}, ["se-d"]),
        ({"occurred_from": OCCURRED.isoformat(), "occurred_to": OCCURRED.isoformat()}, []),
        # Bounds whose UTC time is outside the calendar are the calendar's ends, not a 500.
        ({"occurred_from": "0001-01-01T00:00:00+14:00", "kind": "fall"}, ["se-a", "se-c"]),
        ({"occurred_to": "9999-12-31T23:59:59-14:00", "kind": "fall"}, ["se-a", "se-c"]),
        ({"occurred_from": "9999-12-31T23:59:59-14:00"}, []),
        # The same instant in another offset is the same bound.
        ({"occurred_from": OCCURRED.astimezone().isoformat(), "kind": "fall"}, ["se-a", "se-c"]),
    ],
)
def test_filters(
    intake_client: TestClient, stored: str, params: dict[str, str], expected: list[str]
) -> None:
    answer = intake_client.get("/v1/safety-events", params=params, headers=reader(stored))
    assert answer.status_code == 200
    assert [e["safety_event_id"] for e in answer.json()["items"]] == expected


def test_pages_follow_the_cursor(intake_client: TestClient, stored: str) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        page = intake_client.get("/v1/safety-events", params=params, headers=reader(stored)).json()
        seen += [e["safety_event_id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ["se-a", "se-b", "se-c", "se-d"]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"cursor": "not-a-cursor"}, 400),
        ({"cursor": "WzFd"}, 400),  # [1]: a cursor, but not one of this list
        ({"kind": "slip"}, 422),
        ({"harm_level": "bad"}, 422),
        ({"review_status": "closed"}, 422),
        ({"occurred_from": "2025-03-01T00:00:00"}, 422),
        ({"team_id": "t 1"}, 422),
        ({"limit": 0}, 422),
    ],
)
def test_bad_queries_are_problems(
    intake_client: TestClient, org: str, params: dict[str, str], status: int
) -> None:
    answer = intake_client.get("/v1/safety-events", params=params, headers=reader(org))
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/problem+json"


def test_readers_never_see_the_narrative(intake_client: TestClient, stored: str) -> None:
    items = intake_client.get("/v1/safety-events", headers=reader(stored)).json()["items"]
    one = intake_client.get("/v1/safety-events/se-a", headers=reader(stored))
    for item in [*items, one.json()]:
        assert item["narrative"] is None and item["reporter_id"] is None
    assert "Rosalind" not in one.text and "staff-118" not in one.text
    assert [i["anonymous_report"] for i in items] == [False, False, False, True]
    reads = audit_rows(intake_client, stored)
    assert not [r for r in reads if r["action"] == "read-narrative"]
    # The listed patient is audited as on every patient-level route.
    assert {(r["actor"], r["patient_id"], r["action"]) for r in reads} == {
        ("qi-analyst", "p-1", "read")
    }


def test_reviewers_read_the_narrative_and_every_read_is_audited(
    intake_client: TestClient, stored: str
) -> None:
    one = intake_client.get("/v1/safety-events/se-a", headers=reviewer(stored)).json()
    assert (one["narrative"], one["reporter_id"]) == (NARRATIVE, "staff-118")
    items = intake_client.get("/v1/safety-events", headers=reviewer(stored)).json()["items"]
    assert all(i["narrative"] == NARRATIVE for i in items)
    anonymous = next(i for i in items if i["safety_event_id"] == "se-d")
    assert anonymous["reporter_id"] is None
    narrative_reads = [
        (r["actor"], r["patient_id"], r["route"])
        for r in audit_rows(intake_client, stored)
        if r["action"] == "read-narrative"
    ]
    assert narrative_reads == [
        ("incident-reviewer", "safety-event/se-a", "/v1/safety-events/{safety_event_id}"),
        *[("incident-reviewer", f"safety-event/se-{e}", "/v1/safety-events") for e in "abcd"],
    ]


def test_reads_need_intake_read(intake_client: TestClient, stored: str) -> None:
    only_review = bearer(stored, scope="intake:safety-review")
    assert intake_client.get("/v1/safety-events", headers=only_review).status_code == 403
    assert intake_client.get("/v1/safety-events/se-a", headers=writer(stored)).status_code == 403
    assert intake_client.get("/v1/safety-events/se-zz", headers=reader(stored)).status_code == 404

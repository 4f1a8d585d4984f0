"""Staff records over HTTP: the lifecycle (start, update, leave, correct, retract the leaving,
entered in error and the moves refused after it), 422s naming the field, the feed carrying what
was stored, the scope and the audit of every read."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from services.intake import models
from shared.events import StaffUpserted
from tests.intake.feed import read_feed
from tests.intake.workforce import LEFT, leaver, staff
from tests.support.tokens import bearer

KEEPER = "intake:workforce"


def put(client: TestClient, org: str, staff_id: str, sent: dict[str, Any]) -> Any:
    return client.put(f"/v1/staff/{staff_id}", json=sent, headers=bearer(org, KEEPER))


def staff_events(client: TestClient, org: str) -> list[StaffUpserted]:
    return [
        StaffUpserted.model_validate(e["data"])
        for e in read_feed(client, org)
        if e["type"] == "staff.upserted"
    ]


def test_start_update_leave_correct_and_retract(intake_client: TestClient, org: str) -> None:
    first = put(intake_client, org, "clin-1", staff())
    assert (first.status_code, first.json()["state"]) == (201, "in-post")
    assert put(intake_client, org, "clin-1", staff(fte=1.0, team_id="team-b")).status_code == 200
    left = put(intake_client, org, "clin-1", leaver(fte=1.0, team_id="team-b"))
    assert (left.status_code, left.json()["state"], left.json()["ended_on"]) == (200, "left", LEFT)
    again = put(intake_client, org, "clin-1", leaver(fte=1.0, team_id="team-b"))
    assert (again.status_code, again.json()) == (200, left.json())
    corrected = leaver(fte=1.0, team_id="team-b", leaving_reason="retired")
    assert put(intake_client, org, "clin-1", corrected).json()["leaving_reason"] == "retired"
    back = put(intake_client, org, "clin-1", staff(fte=1.0, team_id="team-b"))
    assert (back.status_code, back.json()["state"], back.json()["ended_on"]) == (
        200,
        "in-post",
        None,
    )
    stored = intake_client.get("/v1/staff/clin-1", headers=bearer(org, KEEPER)).json()
    assert stored == back.json()
    published = staff_events(intake_client, org)
    # The identical re-send published nothing; each accepted change one event, as stored.
    assert [(e.team_id, e.fte, e.ended_on, e.leaving_reason) for e in published] == [
        ("team-a", 0.8, None, None),
        ("team-b", 1.0, None, None),
        ("team-b", 1.0, published[2].ended_on, "resigned"),
        ("team-b", 1.0, published[2].ended_on, "retired"),
        ("team-b", 1.0, None, None),
    ]
    assert published[2].ended_on is not None and published[2].ended_on.isoformat() == LEFT
    last = published[-1].model_dump(mode="json")
    assert last == {k: stored[k] for k in last} | {"staff_id": "clin-1"}


@pytest.mark.parametrize("requested", [staff(), leaver(), staff(fte=0.5)])
def test_entered_in_error_is_final(
    intake_client: TestClient, org: str, requested: dict[str, Any]
) -> None:
    assert put(intake_client, org, "clin-2", leaver()).status_code == 201
    retracted = put(intake_client, org, "clin-2", leaver(entered_in_error=True))
    assert (retracted.status_code, retracted.json()["state"]) == (200, "entered-in-error")
    refused = put(intake_client, org, "clin-2", requested)
    assert refused.status_code == 409, refused.text
    problem = refused.json()
    assert problem["type"].endswith("/transition-not-allowed")
    assert (problem["title"], problem["current_status"], problem["allowed_statuses"]) == (
        "Staff record change not allowed",
        "entered-in-error",
        [],
    )
    assert [e.entered_in_error for e in staff_events(intake_client, org)] == [False, True]


def test_a_leaver_may_be_reported_first(intake_client: TestClient, org: str) -> None:
    """HR extracts often first name someone when they leave: a new record in any state."""
    answer = put(intake_client, org, "clin-3", leaver(leaving_reason="end-of-contract"))
    assert (answer.status_code, answer.json()["state"]) == (201, "left")


@pytest.mark.parametrize(
    ("sent", "pointer"),
    [
        (staff(fte=0), "/body/fte"),
        (staff(fte=1.6), "/body/fte"),
        (staff(fte=37.5), "/body/fte"),
        (staff(fte="0.8"), "/body/fte"),
        (staff(fte=True), "/body/fte"),
        (staff(role="surgeon"), "/body/role"),
        (staff(role=None), "/body/role"),
        (staff(started_on="1925-01-01"), "/body/started_on"),
        (staff(started_on="03/09/2018"), "/body/started_on"),
        (leaver(ended_on="2018-09-02"), "/body/ended_on"),
        (leaver(leaving_reason=None), "/body/leaving_reason"),
        (staff(leaving_reason="resigned"), "/body/leaving_reason"),
        (leaver(leaving_reason="fired"), "/body/leaving_reason"),
        (staff(entered_in_error="yes"), "/body/entered_in_error"),
        (staff(team_id="team a"), "/body/team_id"),
        (staff(full_name="x"), "/body"),
    ],
)
def test_a_bad_body_is_a_422_naming_the_field(
    intake_client: TestClient, org: str, sent: dict[str, Any], pointer: str
) -> None:
    answer = put(intake_client, org, "clin-4", sent)
    assert answer.status_code == 422, answer.text
    assert answer.json()["type"].endswith("/validation-error")
    assert pointer in [e["pointer"] for e in answer.json()["errors"]]
    assert intake_client.get("/v1/staff/clin-4", headers=bearer(org, KEEPER)).status_code == 404


def test_whole_numbers_are_valid_ftes(intake_client: TestClient, org: str) -> None:
    assert put(intake_client, org, "clin-5", staff(fte=1)).json()["fte"] == 1.0


def test_staff_routes_need_the_workforce_scope(intake_client: TestClient, org: str) -> None:
    assert put(intake_client, org, "clin-6", staff()).status_code == 201
    reader = bearer(org, "intake:read intake:write")
    for method, path, body in [
        ("PUT", "/v1/staff/clin-6", staff()),
        ("POST", "/v1/staff:batch", []),
        ("GET", "/v1/staff/clin-6", None),
        ("GET", "/v1/staff", None),
    ]:
        answer = intake_client.request(method, path, json=body, headers=reader)
        assert (answer.status_code, answer.json()["missing_scopes"]) == (403, [KEEPER]), path


def test_every_staff_read_is_audited(intake_client: TestClient, org: str) -> None:
    for staff_id in ("clin-7", "clin-8"):
        assert put(intake_client, org, staff_id, staff()).status_code == 201
    headers = bearer(org, KEEPER, sub="hr-lead")
    assert intake_client.get("/v1/staff/clin-7", headers=headers).status_code == 200
    assert intake_client.get("/v1/staff", headers=headers).status_code == 200
    with intake_client.app.state.engine.connect() as connection:  # type: ignore[attr-defined]
        rows = connection.execute(
            select(models.audit_log).where(models.audit_log.c.org == org)
        ).mappings()
        audited = sorted((r["actor"], r["patient_id"], r["route"], r["action"]) for r in rows)
    assert audited == [
        ("hr-lead", "staff/clin-7", "/v1/staff", "read"),
        ("hr-lead", "staff/clin-7", "/v1/staff/{staff_id}", "read"),
        ("hr-lead", "staff/clin-8", "/v1/staff", "read"),
    ]

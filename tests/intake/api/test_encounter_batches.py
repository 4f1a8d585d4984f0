"""The set-based encounter batch against the same items sent one by one through PUT.

Each scenario is played twice on fresh orgs with the same setup: once as one
``POST /v1/encounters:batch``, once as one ``PUT /v1/encounters/{id}`` per item, in order. The
answers, the stored encounters and the feed events must be the same. Each scenario also checks
what the answers must be, so that two paths wrong in the same way still fail.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from tests.intake.feed import read_feed
from tests.support.tokens import bearer

START = (datetime.now(UTC) - timedelta(days=3)).replace(microsecond=0)
RECEIVED = (START - timedelta(days=9)).date().isoformat()
NEVER_THE_SAME = ("updated_at",)


def encounter(encounter_id: str, **changes: Any) -> dict[str, Any]:
    base = {
        "encounter_id": encounter_id,
        "patient_id": "p-1",
        "clinician_id": "clin-1",
        "site_id": "north",
        "service_line": "adult",
        "modality": "video",
        "scheduled_start": START.isoformat(),
        "scheduled_minutes": 50,
        "status": "booked",
    }
    return {k: v for k, v in (base | changes).items() if v is not None}


KEPT = {
    "status": "fulfilled",
    "actual_start": (START + timedelta(minutes=3)).isoformat(),
    "actual_end": (START + timedelta(minutes=48)).isoformat(),
    "technical_problems": {"kinds": ["connection"], "minutes_lost": 2},
}


def kept(encounter_id: str, **changes: Any) -> dict[str, Any]:
    return encounter(encounter_id, **KEPT | changes)


def referral(patient_id: str = "p-1", **changes: Any) -> dict[str, Any]:
    return {
        "patient_id": patient_id,
        "received_on": RECEIVED,
        "service_line": "adult",
        "site_id": "north",
    } | changes


def setup_org(client: TestClient, org: str) -> None:
    """What both orgs hold before the scenario: two referrals, a Part 2 patient, two sessions."""
    puts = [
        ("/v1/patients/p-sud", {"sensitivity": "part2"}),
        ("/v1/referrals/r-1", referral()),
        ("/v1/referrals/r-2", referral()),
        ("/v1/referrals/r-sud", referral("p-sud")),
    ]
    for path, body in puts:
        assert client.put(path, json=body, headers=bearer(org)).status_code == 201
    for item in (kept("old-kept", referral_id="r-2"), encounter("old-booked", referral_id="r-1")):
        path = f"/v1/encounters/{item.pop('encounter_id')}"
        assert client.put(path, json=item, headers=bearer(org)).status_code == 201


def comparable(problem: dict[str, Any] | None) -> dict[str, Any] | None:
    """A problem without what differs by request (instance, request id, body pointers)."""
    if problem is None:
        return None
    kept_keys = ("type", "title", "status", "detail", "current_status", "allowed_statuses")
    return {k: problem[k] for k in kept_keys if k in problem}


def by_batch(client: TestClient, org: str, items: list[dict[str, Any]]) -> list[Any]:
    response = client.post("/v1/encounters:batch", json=items, headers=bearer(org))
    assert response.status_code == 200
    result = response.json()
    assert [r["index"] for r in result["results"]] == list(range(len(items)))
    refused = sum(1 for r in result["results"] if r["status"] >= 400)
    assert (result["accepted"], result["refused"]) == (len(items) - refused, refused)
    return [(r["status"], comparable(r["problem"])) for r in result["results"]]


def one_by_one(client: TestClient, org: str, items: list[dict[str, Any]]) -> list[Any]:
    answers = []
    for item in items:
        body = {k: v for k, v in item.items() if k != "encounter_id"}
        response = client.put(
            f"/v1/encounters/{item['encounter_id']}", json=body, headers=bearer(org)
        )
        problem = response.json() if response.status_code >= 400 else None
        answers.append((response.status_code, comparable(problem)))
    return answers


def stored(client: TestClient, org: str) -> list[dict[str, Any]]:
    rows, cursor = [], None
    while True:
        params = {"limit": 100} | ({"cursor": cursor} if cursor else {})
        page = client.get("/v1/encounters", params=params, headers=bearer(org)).json()
        rows += [{k: v for k, v in r.items() if k not in NEVER_THE_SAME} for r in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            return rows


def feed(client: TestClient, org: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(e["type"], e["subject"], e["data"]) for e in read_feed(client, org)]


def play(
    client: TestClient, items: list[dict[str, Any]], *, setup: Callable[..., None] = setup_org
) -> tuple[Any, Any, Any]:
    """Play ``items`` both ways; assert the two agree and return the batch's side."""
    sides = []
    for send in (by_batch, one_by_one):
        org = f"org-{uuid.uuid4().hex[:12]}"
        setup(client, org)
        answers = send(client, org, items)
        sides.append((answers, stored(client, org), feed(client, org)))
    (batch_answers, batch_rows, batch_feed), (put_answers, put_rows, put_feed) = sides
    assert batch_answers == put_answers
    assert batch_rows == put_rows
    assert batch_feed == put_feed
    return sides[0]


def test_the_same_id_twice_is_applied_in_order(intake_client: TestClient) -> None:
    items = [
        encounter("e-1"),
        encounter("e-1"),  # an identical re-send in the same extract: no change, no event
        kept("e-1"),  # booked -> fulfilled: a valid pair
        encounter("e-1", status="no-show"),  # fulfilled -> no-show: refused
        kept("e-1"),  # what is stored already: a no-op, not a 409
    ]
    answers, rows, events = play(intake_client, items)
    assert [status for status, _ in answers] == [201, 200, 200, 409, 200]
    assert answers[3][1] == {
        "type": "https://learning-loop.dev/problems/transition-not-allowed",
        "title": "Encounter status change not allowed",
        "status": 409,
        "detail": "An encounter in status 'fulfilled' cannot become 'no-show'; "
        "allowed next statuses: entered-in-error.",
        "current_status": "fulfilled",
        "allowed_statuses": ["entered-in-error"],
    }
    [row] = [r for r in rows if r["encounter_id"] == "e-1"]
    assert (row["status"], row["fhir_encounter_status"]) == ("fulfilled", "finished")
    mine = [(t, d["status"]) for t, s, d in events if s == "encounters/e-1"]
    assert mine == [("encounter.upserted", "booked"), ("encounter.upserted", "fulfilled")]


def test_an_impossible_move_is_refused_while_the_others_land(intake_client: TestClient) -> None:
    items = [
        encounter("e-2"),
        encounter("old-kept", status="no-show", referral_id="r-2"),
        encounter("e-3", modality="phone"),
    ]
    answers, rows, events = play(intake_client, items)
    assert [status for status, _ in answers] == [201, 409, 201]
    assert {r["encounter_id"]: r["status"] for r in rows} == {
        "e-2": "booked",
        "e-3": "booked",
        "old-booked": "booked",
        "old-kept": "fulfilled",
    }
    new_subjects = [s for _, s, _ in events[-2:]]
    assert new_subjects == ["encounters/e-2", "encounters/e-3"]


def test_referral_events_are_republished_with_access_time(intake_client: TestClient) -> None:
    later = START + timedelta(hours=2)
    items = [
        # Kept on r-1: closes it, 9 days after it was received.
        kept("e-4", referral_id="r-1"),
        # The already booked session on r-1 is kept later: r-1's first kept session stays e-4.
        kept(
            "old-booked",
            referral_id="r-1",
            scheduled_start=later.isoformat(),
            actual_start=(later + timedelta(minutes=1)).isoformat(),
            actual_end=(later + timedelta(minutes=40)).isoformat(),
        ),
        # r-2's only kept session is retracted: r-2 reopens.
        kept("old-kept", referral_id="r-2", status="entered-in-error"),
        # e-4 moves from r-1 to r-2: both referrals are published again.
        kept("e-4", referral_id="r-2"),
    ]
    answers, _, events = play(intake_client, items)
    assert [status for status, _ in answers] == [201, 200, 200, 200]
    # Each change publishes its encounter, then the referrals it left and joined, in order.
    published = [(t, s, d.get("first_kept_at")) for t, s, d in events[-9:]]
    kept_at = KEPT["actual_start"]
    later_kept = (later + timedelta(minutes=1)).isoformat()
    assert [(s, at and datetime.fromisoformat(at)) for t, s, at in published] == [
        (s, at and datetime.fromisoformat(at))
        for s, at in [
            ("encounters/e-4", None),
            ("referrals/r-1", kept_at),
            ("encounters/old-booked", None),
            ("referrals/r-1", kept_at),
            ("encounters/old-kept", None),
            ("referrals/r-2", None),
            ("encounters/e-4", None),
            ("referrals/r-1", later_kept),
            ("referrals/r-2", kept_at),
        ]
    ]


def test_part2_patients_are_redacted_on_the_feed(intake_client: TestClient) -> None:
    items = [
        encounter("e-5", patient_id="p-sud", referral_id="r-sud"),
        kept("e-5", patient_id="p-sud", referral_id="r-sud"),
        encounter("e-6", sensitivity="part2"),
        encounter("e-7"),
    ]
    answers, rows, events = play(intake_client, items)
    assert [status for status, _ in answers] == [201, 200, 201, 201]
    published = [(s, d) for t, s, d in events if s.startswith(("encounters/e-", "referrals/r-s"))]
    redacted = {(s, d["redacted"], d["patient_id"]) for s, d in published}
    assert redacted == {
        ("encounters/e-5", True, None),
        ("referrals/r-sud", True, None),
        ("encounters/e-6", True, None),
        ("encounters/e-7", False, "p-1"),
    }
    # Counted all the same: every change has its event, and the org still reads its own rows.
    assert [s for s, _ in published].count("encounters/e-5") == 2
    assert {r["encounter_id"]: r["patient_id"] for r in rows}["e-5"] == "p-sud"


def test_ndjson_batches_answer_like_json_arrays(intake_client: TestClient, org: str) -> None:
    setup_org(intake_client, org)
    items = [encounter("n-1"), encounter("n-1", modality="chat"), kept("n-1")]
    lines = "\n".join(json.dumps(item) for item in items)
    response = intake_client.post(
        "/v1/encounters:batch",
        content=lines,
        headers=bearer(org) | {"content-type": "application/x-ndjson"},
    )
    assert [r["status"] for r in response.json()["results"]] == [201, 422, 200]
    assert response.json()["results"][1]["problem"]["errors"][0]["pointer"] == "/body/1/modality"


# --- Generated sequences ------------------------------------------------------------------------

_IDS = ("g-1", "g-2", "old-kept", "old-booked")
_REFERRALS = (None, "r-1", "r-2", "r-sud")
_PATIENTS = ("p-1", "p-sud")


@st.composite
def _item(draw: st.DrawFn) -> dict[str, Any]:
    encounter_id = draw(st.sampled_from(_IDS))
    status = draw(
        st.sampled_from(
            ["booked", "fulfilled", "no-show", "cancelled-by-patient", "entered-in-error"]
        )
    )
    changes: dict[str, Any] = {
        "patient_id": draw(st.sampled_from(_PATIENTS)),
        "referral_id": draw(st.sampled_from(_REFERRALS)),
        "sensitivity": draw(st.sampled_from([None, None, "part2"])),
        "status": status,
        "clinician_id": draw(st.sampled_from(["clin-1", "clin-2"])),
    }
    start = START + timedelta(hours=draw(st.integers(-300, 2)))
    changes["scheduled_start"] = start.isoformat()
    if status == "fulfilled":
        changes["actual_start"] = start.isoformat()
        changes["actual_end"] = (start + timedelta(minutes=45)).isoformat()
    if status == "cancelled-by-patient":
        changes["cancelled_at"] = (start - timedelta(hours=draw(st.integers(1, 48)))).isoformat()
    return encounter(encounter_id, **changes)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(items=st.lists(_item(), min_size=1, max_size=8))
def test_any_batch_is_the_same_as_its_items_one_by_one(
    intake_client: TestClient, items: list[dict[str, Any]]
) -> None:
    play(intake_client, items)

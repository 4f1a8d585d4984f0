"""The set-based patient, referral and feedback batches against the same items sent one by one.

Each scenario is played twice on fresh orgs with the same setup: once as one ``:batch`` request,
once as one ``PUT`` (or ``POST /v1/feedback``) per item, in order. The answers, the stored rows
and the feed events must be the same. Each scenario also checks what the answers must be, so
that two paths wrong in the same way still fail.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.testclient import TestClient

from tests.intake.feed import read_feed
from tests.support.tokens import bearer

START = (datetime.now(UTC) - timedelta(days=3)).replace(microsecond=0)
RECEIVED = (START - timedelta(days=9)).date().isoformat()
SESSION = {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9}


def setup_org(client: TestClient, org: str) -> None:
    """What both orgs hold first: a Part 2 patient, a stored patient and referral, and a kept
    session on that referral and one of the Part 2 patient (for feedback to refer to)."""
    puts = [
        ("/v1/patients/p-sud", {"sensitivity": "part2"}),
        ("/v1/patients/p-old", {"birth_year": 1980, "sex": "248152002"}),
        (
            "/v1/referrals/r-old",
            {"patient_id": "p-1", "received_on": RECEIVED, "service_line": "a", "site_id": "s"},
        ),
        (
            "/v1/encounters/e-kept",
            {
                "patient_id": "p-1",
                "referral_id": "r-old",
                "clinician_id": "clin-1",
                "site_id": "north",
                "service_line": "adult",
                "modality": "video",
                "scheduled_start": START.isoformat(),
                "status": "fulfilled",
                "actual_start": START.isoformat(),
            },
        ),
        (
            "/v1/encounters/e-sud",
            {
                "patient_id": "p-sud",
                "clinician_id": "clin-2",
                "site_id": "south",
                "service_line": "sud",
                "modality": "in-person",
                "scheduled_start": START.isoformat(),
                "status": "booked",
            },
        ),
    ]
    for path, body in puts:
        assert client.put(path, json=body, headers=bearer(org)).status_code == 201


def new_org(client: TestClient) -> str:
    org = f"org-{uuid.uuid4().hex[:12]}"
    setup_org(client, org)
    return org


def batch_answers(client: TestClient, org: str, path: str, items: list[Any]) -> list[Any]:
    response = client.post(path, json=items, headers=bearer(org))
    assert response.status_code == 200
    result = response.json()
    assert [r["index"] for r in result["results"]] == list(range(len(items)))
    refused = sum(1 for r in result["results"] if r["status"] >= 400)
    assert (result["accepted"], result["refused"]) == (len(items) - refused, refused)
    return result["results"]


def codes(errors: list[dict[str, Any]], prefix: str) -> list[tuple[str, str]]:
    """Field errors relative to the item (a batch item's root is ``/body/<i>/``)."""
    return [(e["pointer"].removeprefix(prefix).rstrip("/"), e["code"]) for e in errors]


def listed(client: TestClient, org: str, path: str) -> list[dict[str, Any]]:
    rows, cursor = [], None
    while True:
        params = {"limit": 100} | ({"cursor": cursor} if cursor else {})
        page = client.get(path, params=params, headers=bearer(org)).json()
        rows += [{k: v for k, v in r.items() if k != "updated_at"} for r in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            return rows


def feed(client: TestClient, org: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(e["type"], e["subject"], e["data"]) for e in read_feed(client, org)]


def play_puts(
    client: TestClient, kind: str, id_field: str, items: list[dict[str, Any]]
) -> tuple[Any, Any, Any]:
    """``items`` as one batch and as PUTs on fresh orgs; assert they agree, return the batch."""
    org = new_org(client)
    results = batch_answers(client, org, f"/v1/{kind}:batch", items)
    batch = (
        [
            (r["id"], r["status"], codes((r["problem"] or {}).get("errors", []), f"/body/{i}"))
            for i, r in enumerate(results)
        ],
        listed(client, org, f"/v1/{kind}"),
        feed(client, org),
    )
    org = new_org(client)
    answers = []
    for item in items:
        body = {k: v for k, v in item.items() if k != id_field}
        response = client.put(f"/v1/{kind}/{item[id_field]}", json=body, headers=bearer(org))
        errors = response.json().get("errors", []) if response.status_code >= 400 else []
        answers.append((item[id_field], response.status_code, codes(errors, "/body")))
    one_by_one = (answers, listed(client, org, f"/v1/{kind}"), feed(client, org))
    assert batch == one_by_one
    return batch


def test_patients_in_a_batch_are_applied_as_one_put_each_in_order(
    intake_client: TestClient,
) -> None:
    items: list[dict[str, Any]] = [
        {"patient_id": "p-1", "birth_year": 1990, "race": ["2054-5"]},
        {"patient_id": "p-1", "birth_year": 1990, "race": ["2054-5"]},  # identical: no event
        {"patient_id": "p-1", "birth_year": 1991},  # a change: replaces every category
        {"patient_id": "p-old", "birth_year": 1980, "sex": "248152002"},  # stored as is
        {"patient_id": "p-old", "birth_year": 1981},  # replaces the stored one
        {"patient_id": "p-2", "phone": "555-0100"},  # refused, stores nothing
        {"patient_id": "p-3", "sensitivity": "part2", "birth_year": 1970},  # stored, no event
        {"patient_id": "p-sud", "sensitivity": "part2", "sex": "248152002"},
    ]
    answers, rows, events = play_puts(intake_client, "patients", "patient_id", items)
    assert [(i, s) for i, s, _ in answers] == [
        ("p-1", 201),
        ("p-1", 200),
        ("p-1", 200),
        ("p-old", 200),
        ("p-old", 200),
        ("p-2", 422),
        ("p-3", 201),
        ("p-sud", 200),
    ]
    assert answers[5][2] == [("", "phi_not_accepted")]
    assert [r["patient_id"] for r in rows] == ["p-1", "p-3", "p-old", "p-sud"]
    assert [r["birth_year"] for r in rows] == [1991, 1970, 1981, None]
    patient_events = [subject for kind, subject, _ in events if kind == "patient.upserted"]
    assert patient_events[-3:] == ["patients/p-1", "patients/p-1", "patients/p-old"]


def referral(referral_id: str, patient_id: str = "p-1", **changes: Any) -> dict[str, Any]:
    return {
        "referral_id": referral_id,
        "patient_id": patient_id,
        "received_on": RECEIVED,
        "service_line": "a",
        "site_id": "s",
    } | changes


def test_referrals_in_a_batch_are_applied_as_one_put_each_in_order(
    intake_client: TestClient,
) -> None:
    items = [
        referral("r-1"),
        referral("r-1"),  # identical: no event
        referral("r-1", priority="urgent"),
        referral("r-old"),  # what is stored: unchanged
        referral("r-old", site_id="t"),  # a change: its event keeps the kept session's access
        referral("r-2", received_on="1925-02-03"),  # refused
        referral("r-sud", "p-sud"),  # the patient is Part 2: redacted on the feed
        referral("r-3", sensitivity="part2"),  # the referral itself is Part 2
    ]
    answers, rows, events = play_puts(intake_client, "referrals", "referral_id", items)
    assert [(i, s) for i, s, _ in answers] == [
        ("r-1", 201),
        ("r-1", 200),
        ("r-1", 200),
        ("r-old", 200),
        ("r-old", 200),
        ("r-2", 422),
        ("r-sud", 201),
        ("r-3", 201),
    ]
    assert [r["referral_id"] for r in rows] == ["r-1", "r-3", "r-old", "r-sud"]
    batch_events = [(s, d) for kind, s, d in events if kind == "referral.upserted"][-5:]
    assert [s for s, _ in batch_events] == [
        "referrals/r-1",
        "referrals/r-1",
        "referrals/r-old",
        "referrals/r-sud",
        "referrals/r-3",
    ]
    assert batch_events[2][1]["first_kept_at"] is not None
    assert [d["redacted"] for _, d in batch_events] == [False, False, False, True, True]
    assert batch_events[3][1]["patient_id"] is None


def play_feedback(client: TestClient, items: list[dict[str, Any]]) -> tuple[Any, Any, Any]:
    """Feedback as one batch and as one POST each, on fresh orgs. Feedback ids are made by
    intake, so each answer names the position of the item that created its feedback."""

    def answer_of(created_by: dict[str, int], index: int, status: int, fid: Any, errors: Any):
        if status == 201:
            created_by[fid] = index
        return (status, created_by.get(fid) if status < 400 else None, errors)

    def stored(org: str, ids: list[str]) -> list[dict[str, Any]]:
        rows = []
        for fid in ids:
            row = client.get(f"/v1/feedback/{fid}", headers=bearer(org)).json()
            if row["submitted_at"] == row["received_at"]:  # none sent: the time it came in
                row["submitted_at"] = "at receipt"
            rows.append({k: v for k, v in row.items() if k not in ("feedback_id", "received_at")})
        return rows

    def events(org: str, ids: list[str]) -> list[Any]:
        position = {fid: n for n, fid in enumerate(ids)}
        out = []
        for kind, subject, data in feed(client, org):
            if kind == "feedback.received":
                fid = data.pop("feedback_id")
                data.pop("received_at")
                out.append((position[fid], subject == f"feedback/{fid}", data))
        return out

    sides = []
    for by_batch in (True, False):
        org = new_org(client)
        created: dict[str, int] = {}
        answers, ids = [], []
        if by_batch:
            results = batch_answers(client, org, "/v1/feedback:batch", items)
            for i, r in enumerate(results):
                errors = codes((r["problem"] or {}).get("errors", []), f"/body/{i}")
                answers.append(answer_of(created, i, r["status"], r["id"], errors))
                if r["status"] == 201:
                    ids.append(r["id"])
        else:
            for i, item in enumerate(items):
                response = client.post("/v1/feedback", json=item, headers=bearer(org))
                body = response.json()
                fid = body.get("feedback_id")
                errors = codes(body.get("errors") or [], "/body")
                answers.append(answer_of(created, i, response.status_code, fid, errors))
                if response.status_code == 201:
                    ids.append(fid)
        sides.append((answers, stored(org, ids), events(org, ids)))
    assert sides[0] == sides[1]
    return sides[0]


def test_feedback_in_a_batch_is_stored_as_one_post_each_in_order(
    intake_client: TestClient,
) -> None:
    submitted = START.isoformat()
    items: list[dict[str, Any]] = [
        {"form_id": "session-feedback", "answers": SESSION, "submission_id": "s-1"},
        {"form_id": "session-feedback", "answers": SESSION, "submission_id": "s-1"},  # resend
        {"form_id": "session-feedback", "answers": {"overall": 42}, "submission_id": "s-2"},
        {"form_id": "no-such-form", "answers": {}, "submission_id": "s-3"},
        {"form_id": "comment", "answers": {"comment": "kind staff"}},  # anonymous, no id
        {"form_id": "comment", "answers": {"comment": "kind staff"}},  # no id: stored again
        {
            "form_id": "session-feedback",
            "answers": SESSION,
            "submission_id": "s-4",
            "encounter_id": "e-kept",
            "patient_id": "p-1",
            "submitted_at": submitted,
        },
        {  # about a Part 2 patient's session: redacted on the feed
            "form_id": "session-feedback",
            "answers": SESSION,
            "submission_id": "s-5",
            "encounter_id": "e-sud",
        },
        {"form_id": "session-feedback", "answers": SESSION, "patient_id": "p-sud"},
        {"form_id": "session-feedback", "answers": SESSION, "encounter_id": "e-unknown"},
        {"form_id": "session-feedback", "answers": SESSION, "phone": "555"},  # refused
    ]
    answers, rows, events = play_feedback(intake_client, items)
    assert [(s, by) for s, by, _ in answers] == [
        (201, 0),
        (200, 0),
        (422, None),
        (422, None),
        (201, 4),
        (201, 5),
        (201, 6),
        (201, 7),
        (201, 8),
        (201, 9),
        (422, None),
    ]
    assert answers[3][2] == [("/form_id", "unknown_form")]
    assert len(rows) == len(events) == 7
    assert rows[3]["submitted_at"].startswith(START.date().isoformat())
    assert all(same_subject for _, same_subject, _ in events)
    assert events[3][2]["site_id"] == "north" and events[3][2]["patient_id"] == "p-1"
    redacted = [(e[2]["patient_id"], e[2]["encounter_id"], e[2]["site_id"]) for e in events[4:6]]
    assert redacted == [(None, None, "south"), (None, None, None)]


def test_a_resent_feedback_batch_duplicates_nothing(intake_client: TestClient) -> None:
    org = new_org(intake_client)
    batch = [
        {"form_id": "session-feedback", "answers": SESSION, "submission_id": f"s-{n}"}
        for n in range(120)  # more than the executemany fast path's threshold
    ]
    first = batch_answers(intake_client, org, "/v1/feedback:batch", batch)
    again = batch_answers(intake_client, org, "/v1/feedback:batch", batch + batch[:1])
    assert {r["status"] for r in first} == {201}
    assert {r["status"] for r in again} == {200}
    assert [r["id"] for r in again] == [r["id"] for r in first] + [first[0]["id"]]
    received = [e for e in feed(intake_client, org) if e[0] == "feedback.received"]
    assert len(received) == 120


def test_large_patient_and_referral_batches_match_one_by_one(intake_client: TestClient) -> None:
    """Above the fast-path threshold of ``executemany``, with new, changed and repeated ids."""
    patients = [{"patient_id": f"p-{n % 70}", "birth_year": 1950 + n % 3} for n in range(150)]
    play_puts(intake_client, "patients", "patient_id", patients)
    referrals = [referral(f"r-{n % 60}", site_id=f"s{n % 2}") for n in range(130)]
    play_puts(intake_client, "referrals", "referral_id", referrals)

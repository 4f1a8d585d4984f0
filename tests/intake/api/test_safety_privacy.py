"""What a safety event report must never leave behind: its narrative and reporter outside
intake's row (feed, logs, problems), and, for an anonymous report, anything naming its sender."""

from __future__ import annotations

import json
import logging

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from services.intake import models
from tests.intake.feed import read_feed
from tests.intake.safety import idempotency_rows, report, reviewer, writer

MARKER = "Ximena-Q8 said the ward door was left open"
REPORTER = "staff-ximena-9"
SENDER = "nurse-on-nights-5"


def _everything_stored(client: TestClient, org: str) -> str:
    """Every row of every intake table that belongs to ``org``, as text."""
    engine = client.app.state.engine  # type: ignore[attr-defined]
    found = []
    with engine.connect() as connection:
        for table in models.metadata.sorted_tables:
            if "org" in table.c:
                rows = connection.execute(select(table).where(table.c.org == org)).mappings()
                found += [{k: str(v) for k, v in row.items()} for row in rows]
    return json.dumps(found)


def test_narrative_and_reporter_reach_no_log_feed_or_problem(
    intake_client: TestClient,
    org: str,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    named = report("se-1", narrative=MARKER, reporter_id=REPORTER)
    anonymous = report("se-2", narrative=MARKER, reporter_id=None)
    sent = [
        ("/v1/safety-events", named, 201),
        ("/v1/safety-events", anonymous, 201),
        ("/v1/safety-events", named, 200),
        ("/v1/safety-events", named | {"harm_level": "severe"}, 409),
        ("/v1/safety-events", named | {"kind": "near-miss"}, 422),
        ("/v1/safety-events", named | {"narrative": MARKER + "\x00"}, 422),
        ("/v1/safety-events", named | {"narrative": MARKER * 300}, 422),
        ("/v1/safety-events", named | {"reporter_id": REPORTER + " !"}, 422),
        ("/v1/safety-events:batch", [named | {"safety_event_id": "se-3"}, {"n": MARKER}], 200),
    ]
    bodies = []
    for path, payload, status in sent:
        answer = intake_client.post(path, json=payload, headers=writer(org, sub=SENDER))
        assert answer.status_code == status, answer.text
        bodies.append(answer.text)
    review = intake_client.post(
        "/v1/safety-events/se-1/review", json={"review_status": "reviewed"}, headers=reviewer(org)
    )
    bodies.append(review.text)
    for path in ("/v1/safety-events/se-1", "/v1/safety-events?kind=medication"):
        assert MARKER in intake_client.get(path, headers=reviewer(org)).text
    out, err = capfd.readouterr()
    assert caplog.records, "nothing was logged: the test would prove nothing"
    records = [json.dumps(vars(r), default=str) + r.getMessage() for r in caplog.records]
    for secret in ("Ximena", REPORTER, SENDER):
        assert not [r for r in records if secret in r]
        for text in (caplog.text, out, err, *bodies):
            assert secret not in text
    feed = json.dumps(read_feed(intake_client, org))
    assert "Ximena" not in feed and REPORTER not in feed and SENDER not in feed
    assert '"anonymous_report":true' in feed.replace(" ", "")


def test_an_anonymous_report_keeps_nothing_of_its_sender(
    intake_client: TestClient, org: str
) -> None:
    sender = writer(org, sub=SENDER) | {"Idempotency-Key": "k-1"}
    first = intake_client.post(
        "/v1/safety-events", json=report("se-1", reporter_id=None), headers=sender
    )
    assert first.status_code == 201 and "idempotent-replayed" not in first.headers
    # The key is ignored, not stored: the same key with another report is a new report,
    # and the id alone makes a retry safe.
    other = intake_client.post(
        "/v1/safety-events", json=report("se-2", reporter_id=None), headers=sender
    )
    retry = intake_client.post(
        "/v1/safety-events", json=report("se-2", reporter_id=None), headers=sender
    )
    batch = intake_client.post(
        "/v1/safety-events:batch", json=[report("se-3", reporter_id=None)], headers=sender
    )
    assert (other.status_code, retry.status_code, batch.status_code) == (201, 200, 200)
    assert "idempotent-replayed" not in retry.headers
    assert idempotency_rows(intake_client, org) == []
    reviewed = intake_client.get("/v1/safety-events/se-1", headers=reviewer(org)).json()
    assert reviewed["reporter_id"] is None and reviewed["anonymous_report"] is True
    # No table of intake (rows, events, audit log, idempotency records) names the sender.
    assert SENDER not in _everything_stored(intake_client, org)


def test_a_review_keeps_its_idempotency_key(intake_client: TestClient, org: str) -> None:
    intake_client.post("/v1/safety-events", json=report(), headers=writer(org))
    headers = reviewer(org) | {"Idempotency-Key": "review-1"}
    body = {"review_status": "reviewed"}
    first = intake_client.post("/v1/safety-events/se-1/review", json=body, headers=headers)
    again = intake_client.post("/v1/safety-events/se-1/review", json=body, headers=headers)
    assert (first.status_code, again.headers.get("idempotent-replayed")) == (200, "true")
    assert len(idempotency_rows(intake_client, org)) == 1


def test_the_create_routes_say_the_idempotency_key_is_ignored(intake_client: TestClient) -> None:
    paths = intake_client.get("/openapi.json").json()["paths"]
    for path in ("/v1/safety-events", "/v1/safety-events:batch"):
        operation = paths[path]["post"]
        (key,) = [p for p in operation["parameters"] if p["name"] == "Idempotency-Key"]
        assert key["description"].startswith("Ignored on this route")
    review = paths["/v1/safety-events/{safety_event_id}/review"]["post"]
    (key,) = [p for p in review["parameters"] if p["name"] == "Idempotency-Key"]
    assert key["description"].startswith("Makes a retry safe")

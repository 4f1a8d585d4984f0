"""Consumers' comments: shown only under `intake:feedback-review`, each read audited, and never
on the feed, in a write's answer or in a log."""

from __future__ import annotations

import json
import logging

import pytest
from starlette.testclient import TestClient

from services.intake.forms import build_questionnaire_response, get_form
from tests.intake.feed import wait_for_horizon
from tests.intake.safety import audit_rows
from tests.intake.voice import (
    COMMENT,
    SESSION,
    encounter,
    feedback_team,
    listed,
    reader,
    submit,
    theme,
)
from tests.support.tokens import bearer


def _comment_reads(client: TestClient, org: str) -> list[tuple[str, str, str]]:
    return [
        (r["actor"], r["patient_id"], r["route"])
        for r in audit_rows(client, org)
        if r["action"] == "read-comment"
    ]


def test_comments_need_their_scope_and_each_read_is_audited(
    intake_client: TestClient, org: str
) -> None:
    commented = submit(
        intake_client, org, "comment", {"comment": COMMENT, "one-improvement": "Call back"}
    )
    scored = submit(intake_client, org, "session-feedback", SESSION, patient_id="p-9")
    by_id = {i["feedback_id"]: i for i in listed(intake_client, reader(org))}
    assert by_id[commented]["answers"] == {} and by_id[commented]["has_comment"] is True
    assert by_id[scored]["answers"] == SESSION and by_id[scored]["has_comment"] is False
    one = intake_client.get(f"/v1/feedback/{commented}", headers=reader(org)).json()
    assert one["answers"] == {} and COMMENT not in json.dumps(one)
    assert _comment_reads(intake_client, org) == []

    team = feedback_team(org, sub="lead-7")
    shown = {i["feedback_id"]: i for i in listed(intake_client, team)}
    assert shown[commented]["answers"] == {"comment": COMMENT, "one-improvement": "Call back"}
    assert shown[scored]["answers"] == SESSION
    read = intake_client.get(f"/v1/feedback/{commented}", headers=team).json()
    assert read["answers"]["comment"] == COMMENT
    # One row per submission whose comment was shown, naming the reader and the route; the
    # submission without a comment is audited only for its patient, like every read.
    assert _comment_reads(intake_client, org) == [
        ("lead-7", f"feedback/{commented}", "/v1/feedback"),
        ("lead-7", f"feedback/{commented}", "/v1/feedback/{feedback_id}"),
    ]
    patients = {(r["actor"], r["patient_id"]) for r in audit_rows(intake_client, org)}
    assert {("qi-analyst", "p-9"), ("lead-7", "p-9")} <= patients
    # The comments' scope alone reads nothing: listing is `intake:read`'s.
    alone = bearer(org, scope="intake:feedback-review")
    refused = intake_client.get("/v1/feedback", headers=alone)
    assert (refused.status_code, refused.json()["missing_scopes"]) == (403, ["intake:read"])


def test_a_write_never_answers_with_the_comment(intake_client: TestClient, org: str) -> None:
    sent = {"form_id": "comment", "answers": {"comment": COMMENT}, "submission_id": "s-1"}
    for status in (201, 200):  # first, then a resend answered with the stored row
        answer = intake_client.post("/v1/feedback", json=sent, headers=bearer(org))
        assert answer.status_code == status
        assert COMMENT not in answer.text and answer.json()["has_comment"] is True
    resource = build_questionnaire_response(get_form("comment"), {"comment": COMMENT})
    fhir = resource.model_dump(mode="json", exclude_none=True) | {"identifier": {"value": "q-1"}}
    for status in (201, 200):
        answer = intake_client.post("/fhir/QuestionnaireResponse", json=fhir, headers=bearer(org))
        assert answer.status_code == status and COMMENT not in answer.text


def test_comments_reach_no_feed_and_no_log(
    intake_client: TestClient,
    org: str,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    encounter(intake_client, org, "e-1")
    commented = submit(intake_client, org, "comment", {"comment": COMMENT}, encounter_id="e-1")
    theme(intake_client, org, "access-waiting")
    tagged = intake_client.put(
        f"/v1/feedback/{commented}/themes",
        json={"themes": ["access-waiting"]},
        headers=feedback_team(org),
    )
    assert tagged.status_code == 200
    assert COMMENT in intake_client.get("/v1/feedback", headers=feedback_team(org)).text
    assert COMMENT in intake_client.get(f"/v1/feedback/{commented}", headers=bearer(org)).text
    wait_for_horizon(intake_client, org)
    feed = intake_client.get("/v1/feed", headers=bearer(org, scope="feed:read"))
    types = [e["type"] for e in feed.json()["items"]]
    assert types == ["encounter.upserted", "feedback.received", "feedback.themed"]
    assert "Quinby" not in feed.text and "Larch" not in feed.text
    out, err = capfd.readouterr()
    assert caplog.records, "nothing was logged: the test would prove nothing"
    records = [json.dumps(vars(r), default=str) + r.getMessage() for r in caplog.records]
    for text in (*records, caplog.text, out, err):
        assert "Quinby" not in text and "Larch" not in text

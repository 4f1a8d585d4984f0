"""'You said, we did': drafts for staff, published ones for patients' apps, publication dates."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.testclient import TestClient

from tests.intake.voice import app_token, feedback_team, reader, theme

BODY = {
    "themes": ["access-waiting"],
    "you_said": "First appointments took too long.",
    "we_did": "Two evening clinics.",
    "changed_on": "2025-04-01",
}


def _put(client: TestClient, org: str, response_id: str, **changes: Any) -> Any:
    return client.put(
        f"/v1/feedback-responses/{response_id}", json=BODY | changes, headers=feedback_team(org)
    )


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _ids(client: TestClient, path: str, headers: dict[str, str], limit: int = 100) -> list[str]:
    ids: list[str] = []
    params: dict[str, Any] = {"limit": limit}
    while True:
        answer = client.get(path, params=params, headers=headers)
        assert answer.status_code == 200, answer.text
        ids += [r["response_id"] for r in answer.json()["items"]]
        if answer.json()["next_cursor"] is None:
            return ids
        params["cursor"] = answer.json()["next_cursor"]


def test_apps_see_published_responses_and_staff_see_drafts(
    intake_client: TestClient, org: str
) -> None:
    theme(intake_client, org, "access-waiting")
    draft = _put(intake_client, org, "r-draft")
    assert (draft.status_code, draft.json()["published_at"]) == (201, None)
    first = _put(intake_client, org, "r-pub", published=True).json()
    assert first["published_at"] is not None
    for n in range(3):
        _put(intake_client, org, f"r-pub-{n}", published=True)
    published = ["r-pub", "r-pub-0", "r-pub-1", "r-pub-2"]
    assert _ids(intake_client, "/v1/feedback-responses", app_token(org), limit=3) == published
    every = _ids(intake_client, "/v1/feedback-responses:all", reader(org), limit=2)
    assert every == ["r-draft", *published]
    assert intake_client.get("/v1/feedback-responses/r-draft", headers=reader(org)).json() == (
        draft.json()
    )
    # An app neither reads drafts nor writes; a reader does not write either.
    assert (
        intake_client.get("/v1/feedback-responses/r-draft", headers=app_token(org)).status_code
        == 403
    )
    for headers in (app_token(org), reader(org)):
        sent = intake_client.put("/v1/feedback-responses/r-x", json=BODY, headers=headers)
        assert sent.status_code == 403


def test_publication_is_dated_once_and_withdrawn(intake_client: TestClient, org: str) -> None:
    theme(intake_client, org, "access-waiting")
    published = _put(intake_client, org, "r-1", published=True).json()
    same = _put(intake_client, org, "r-1", published=True)
    assert (same.status_code, same.json()) == (200, published)  # a retry changes nothing
    edited = _put(intake_client, org, "r-1", published=True, we_did="Three evening clinics.")
    assert edited.json()["published_at"] == published["published_at"]
    assert _at(edited.json()["updated_at"]) > _at(published["updated_at"])
    withdrawn = _put(intake_client, org, "r-1", published=False).json()
    assert withdrawn["published_at"] is None
    assert _ids(intake_client, "/v1/feedback-responses", app_token(org)) == []
    again = _put(intake_client, org, "r-1", published=True).json()
    assert _at(again["published_at"]) > _at(published["published_at"])


def test_a_response_answers_themes_of_the_orgs_list(intake_client: TestClient, org: str) -> None:
    theme(intake_client, org, "access-waiting", active=False)  # retired themes may be answered
    assert _put(intake_client, org, "r-1").status_code == 201
    unknown = _put(intake_client, org, "r-2", themes=["access-waiting", "parking"])
    assert unknown.status_code == 422
    assert [(e["pointer"], e["code"]) for e in unknown.json()["errors"]] == [
        ("/body/themes/1", "unknown_theme")
    ]
    empty = _put(intake_client, org, "r-3", themes=[], you_said="")
    assert {e["pointer"] for e in empty.json()["errors"]} == {"/body/themes", "/body/you_said"}
    assert intake_client.get("/v1/feedback-responses/r-2", headers=reader(org)).status_code == 404

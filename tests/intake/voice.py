"""What the consumers' voice tests share: the kinds of token, encounters and feedback to list."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from tests.intake.api.test_encounters_api import body
from tests.support.tokens import bearer

SESSION = {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9}
COMMENT = "Quinby-R4 waited three hours at the Larch Rd clinic"


def app_token(org: str) -> dict[str, str]:
    """A patients' app: sends feedback, reads published responses."""
    return bearer(org, scope="intake:write", sub="patient-app", role=None)


def reader(org: str, sub: str = "qi-analyst") -> dict[str, str]:
    return bearer(org, scope="intake:read", sub=sub)


def feedback_team(org: str, sub: str = "experience-lead") -> dict[str, str]:
    return bearer(org, scope="intake:read intake:feedback-review", sub=sub)


def encounter(client: TestClient, org: str, encounter_id: str, **changes: Any) -> None:
    answer = client.put(f"/v1/encounters/{encounter_id}", json=body(**changes), headers=bearer(org))
    assert answer.status_code == 201, answer.text


def submit(
    client: TestClient, org: str, form_id: str, answers: dict[str, Any], **links: Any
) -> str:
    """Post one submission as the app does; its feedback id."""
    sent = {"form_id": form_id, "answers": answers} | links
    answer = client.post("/v1/feedback", json=sent, headers=app_token(org))
    assert answer.status_code == 201, answer.text
    feedback_id: str = answer.json()["feedback_id"]
    return feedback_id


def theme(client: TestClient, org: str, code: str, **changes: Any) -> None:
    sent = {"label": code.replace("-", " ").title()} | changes
    answer = client.put(f"/v1/feedback-themes/{code}", json=sent, headers=feedback_team(org))
    assert answer.status_code in (200, 201), answer.text


def listed(client: TestClient, headers: dict[str, str], **params: Any) -> list[dict[str, Any]]:
    """Every item of ``GET /v1/feedback`` with ``params``, page after page."""
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = params | ({"cursor": cursor} if cursor else {})
        answer = client.get("/v1/feedback", params=query, headers=headers)
        assert answer.status_code == 200, answer.text
        items += answer.json()["items"]
        cursor = answer.json()["next_cursor"]
        if cursor is None:
            return items

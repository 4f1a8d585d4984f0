"""Registering endpoints on a default deployment: SSRF refusals, tenant isolation, idempotency."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from services.measures.models import webhook_tables
from shared.models import utcnow
from shared.webhooks.signing import new_secret
from tests.measures.api._helpers import phq9, post_assessment
from tests.support.tokens import bearer
from tests.support.webhook_receiver import Receiver, free_port, receiving, wait_for

PUBLIC = "https://93.184.216.34/hooks"  # a public literal: no DNS needed


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://127.0.0.1:8080/hook", "non_public_target"),
        ("http://10.0.0.1/hook", "non_public_target"),
        ("http://169.254.169.254/latest/meta-data/", "non_public_target"),
        ("http://[::1]/hook", "non_public_target"),
        ("http://[::ffff:127.0.0.1]/hook", "non_public_target"),
        ("http://0.0.0.0/hook", "non_public_target"),
        ("http://localhost/hook", "non_public_target"),
        ("file:///etc/passwd", "unsupported_scheme"),
        ("gopher://93.184.216.34/", "unsupported_scheme"),
        ("https://user:pw@93.184.216.34/", "credentials_in_url"),
    ],
)
def test_unsafe_urls_are_refused_with_a_problem(
    measures_client: TestClient, org: str, url: str, code: str
) -> None:
    response = measures_client.post(
        "/v1/webhooks", json={"url": url, "event_types": ["alert.raised"]}, headers=bearer(org)
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"].endswith("/unsafe-webhook-url")
    assert problem["errors"] == [
        {"pointer": "/body/url", "detail": problem["detail"], "code": code}
    ]
    assert measures_client.get("/v1/webhooks", headers=bearer(org)).json()["items"] == []


def test_created_endpoint_shows_its_secret_once(measures_client: TestClient, org: str) -> None:
    body = {"url": PUBLIC, "description": "EHR bridge", "event_types": ["alert.raised"]}
    created = measures_client.post("/v1/webhooks", json=body, headers=bearer(org))
    assert created.status_code == 201, created.text
    hook = created.json()
    assert hook["secret"].startswith("whsec_") and len(hook["secret"]) >= 6 + 32
    assert hook["active"] is True and hook["event_types"] == ["alert.raised"]
    [listed] = measures_client.get("/v1/webhooks", headers=bearer(org)).json()["items"]
    assert "secret" not in listed
    assert listed == {k: v for k, v in hook.items() if k != "secret"}


def test_another_org_cannot_see_or_delete_an_endpoint(
    measures_client: TestClient, org: str
) -> None:
    body = {"url": PUBLIC, "event_types": ["alert.raised"]}
    hook = measures_client.post("/v1/webhooks", json=body, headers=bearer(org)).json()
    other = bearer(org + "-b")
    assert measures_client.get("/v1/webhooks", headers=other).json()["items"] == []
    path = f"/v1/webhooks/{hook['webhook_id']}"
    assert measures_client.delete(path, headers=other).status_code == 404
    assert measures_client.get(path + "/deliveries", headers=other).status_code == 404
    assert measures_client.get(path + "/deliveries", headers=bearer(org)).status_code == 200
    assert measures_client.delete(path, headers=bearer(org)).status_code == 204
    assert measures_client.delete(path, headers=bearer(org)).status_code == 404


def test_creation_is_idempotent_with_an_idempotency_key(
    measures_client: TestClient, org: str
) -> None:
    body = {"url": PUBLIC, "event_types": ["alert.raised", "alert.acknowledged"]}
    headers = bearer(org) | {"Idempotency-Key": "hook-create-1"}
    first = measures_client.post("/v1/webhooks", json=body, headers=headers)
    again = measures_client.post("/v1/webhooks", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.content == first.content
    assert again.headers["idempotent-replayed"] == "true"
    assert len(measures_client.get("/v1/webhooks", headers=bearer(org)).json()["items"]) == 1
    other = measures_client.post(
        "/v1/webhooks", json=body | {"description": "changed"}, headers=headers
    )
    assert other.status_code == 422


def test_unknown_event_types_are_refused(measures_client: TestClient, org: str) -> None:
    body = {"url": PUBLIC, "event_types": ["assessment.scored"]}
    response = measures_client.post("/v1/webhooks", json=body, headers=bearer(org))
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"].startswith("/body/event_types")


def test_a_target_that_turned_private_is_refused_at_delivery_time(
    measures_client: TestClient, org: str
) -> None:
    """A name that resolved to a public address at registration may point inside later (DNS
    rebinding). The row is written directly to play that: the worker must refuse to send."""
    with receiving(Receiver(free_port())) as receiver:
        with measures_client.app.state.engine.begin() as connection:
            connection.execute(
                webhook_tables.endpoints.insert().values(
                    org=org,
                    webhook_id="rebound-1",
                    url=receiver.url,
                    event_types=["alert.raised"],
                    secret=new_secret(),
                    created_at=utcnow(),
                    created_by="test",
                )
            )
        post_assessment(measures_client, org, answers=phq9([0] * 8 + [2]))

        def settled() -> list | None:
            items = measures_client.get(
                "/v1/webhooks/rebound-1/deliveries", headers=bearer(org)
            ).json()["items"]
            return items if items and items[0]["state"] != "pending" else None

        [delivery] = wait_for(settled)
    assert delivery["state"] == "failed" and delivery["attempts"] == 1
    assert delivery["attempt_log"][0]["error"] == "non_public_target"
    assert receiver.received == []

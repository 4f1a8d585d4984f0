"""``Idempotency-Key``: a retry never duplicates, a misuse is refused, tenants never mix."""

from __future__ import annotations

import uuid
from datetime import timedelta

import anyio
from starlette.testclient import TestClient

from shared.idempotency import IdempotencyStore, fingerprint
from tests.shared.conftest import Counter
from tests.shared.test_problems import assert_problem
from tests.support.tokens import bearer


def _post(client: TestClient, org: str, key: str, body: dict, **token: object):
    return client.post(
        "/v1/widgets", json=body, headers={**bearer(org, **token), "Idempotency-Key": key}
    )


def test_retry_replays_first_response_byte_for_byte(
    probe_client: TestClient, org: str, counter: Counter
) -> None:
    key = str(uuid.uuid4())
    first = _post(probe_client, org, key, {"name": "a", "size": 1})
    calls = counter.calls
    again = _post(probe_client, org, key, {"name": "a", "size": 1})
    assert first.status_code == again.status_code == 201
    assert again.content == first.content
    assert again.headers["idempotent-replayed"] == "true"
    assert counter.calls == calls  # the route did not run again


def test_quoted_key_is_the_same_key(probe_client: TestClient, org: str) -> None:
    key = str(uuid.uuid4())
    first = _post(probe_client, org, key, {"name": "q", "size": 2})
    again = _post(probe_client, org, f'"{key}"', {"name": "q", "size": 2})
    assert again.content == first.content


def test_same_key_with_another_body_is_422(probe_client: TestClient, org: str) -> None:
    key = str(uuid.uuid4())
    _post(probe_client, org, key, {"name": "a", "size": 1})
    response = _post(probe_client, org, key, {"name": "a", "size": 2})
    assert "different request body" in assert_problem(response, 422, "validation-error")["detail"]


def test_key_still_in_flight_is_409(probe_client: TestClient, org: str) -> None:
    key = str(uuid.uuid4())
    body = b'{"name":"slow","size":3}'
    # Claim the key exactly as a first request that is still running holds it.
    app = probe_client.app
    store = IdempotencyStore(app.state.engine, app.state.idempotency_table, timedelta(hours=24))
    claimed = store.claim((org, "local-user", key), fingerprint("POST", "/v1/widgets", b"", body))
    assert claimed is None
    response = probe_client.post(
        "/v1/widgets",
        content=body,
        headers={**bearer(org), "Idempotency-Key": key, "content-type": "application/json"},
    )
    assert "still being processed" in assert_problem(response, 409, "conflict")["detail"]


def test_failed_request_releases_the_key(probe_client: TestClient, org: str) -> None:
    key = str(uuid.uuid4())
    for _ in range(2):
        response = probe_client.post("/v1/explode", headers={**bearer(org), "Idempotency-Key": key})
        assert response.status_code == 500  # ran again: a failed request is not replayed


def test_client_errors_are_replayed_too(
    probe_client: TestClient, org: str, counter: Counter
) -> None:
    key = str(uuid.uuid4())
    first = probe_client.post("/v1/conflict", headers={**bearer(org), "Idempotency-Key": key})
    again = probe_client.post("/v1/conflict", headers={**bearer(org), "Idempotency-Key": key})
    assert first.status_code == again.status_code == 409
    assert again.headers["idempotent-replayed"] == "true"


def test_keys_are_scoped_to_the_caller(probe_client: TestClient, org: str) -> None:
    key = str(uuid.uuid4())
    mine = _post(probe_client, org, key, {"name": "a", "size": 1})
    theirs = _post(probe_client, org + "-other", key, {"name": "a", "size": 1})
    assert theirs.status_code == 201
    assert theirs.json()["org"] == org + "-other"
    assert theirs.json()["serial"] != mine.json()["serial"]


def test_invalid_key_is_400(probe_client: TestClient, org: str) -> None:
    response = _post(probe_client, org, "x" * 300, {"name": "a", "size": 1})
    assert_problem(response, 400, "bad-request")


def test_the_response_is_stored_before_the_client_has_it(
    probe_client: TestClient, org: str
) -> None:
    """A client may retry the instant it has an answer (or crash right after): the key must
    already be done when the last byte leaves, so the retry is a replay, never a 409 nor a
    second run."""
    key = str(uuid.uuid4())
    app = probe_client.app
    table = app.state.idempotency_table
    body = b'{"name":"fast","size":4}'
    headers = {**bearer(org), "Idempotency-Key": key, "content-type": "application/json"}
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/widgets",
        "raw_path": b"/v1/widgets",
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        + [(b"content-length", str(len(body)).encode()), (b"host", b"testserver")],
        "client": ("127.0.0.1", 1234),
        "server": ("testserver", 80),
        "app": app,
    }
    states_at_last_byte: list[str] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.body" and not message.get("more_body", False):
            with app.state.engine.connect() as connection:
                rows = connection.execute(table.select().where(table.c.key == key))
                states_at_last_byte.extend(row.state for row in rows)

    anyio.run(app, scope, receive, send)
    assert states_at_last_byte == ["done"]

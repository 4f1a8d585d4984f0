"""A 2xx means the write is durable; an error after a write leaves nothing behind."""

from __future__ import annotations

from sqlalchemy import select
from starlette.testclient import TestClient

from services.intake import models
from tests.support.tokens import bearer


def _stored_subjects(client: TestClient, org: str) -> list[str]:
    table = models.feed_events
    with client.app.state.engine.connect() as connection:
        rows = connection.execute(select(table.c.subject).where(table.c.org == org))
        return [row[0] for row in rows]


def test_write_is_committed_when_the_response_arrives(probe_client: TestClient, org: str) -> None:
    response = probe_client.post("/v1/notes", json={"name": "kept", "size": 1}, headers=bearer(org))
    assert response.status_code == 201
    assert _stored_subjects(probe_client, org) == ["notes/kept"]


def test_problem_after_a_write_rolls_it_back(probe_client: TestClient, org: str) -> None:
    response = probe_client.post(
        "/v1/notes", json={"name": "refused", "size": 10}, headers=bearer(org)
    )
    assert response.status_code == 409
    assert _stored_subjects(probe_client, org) == []

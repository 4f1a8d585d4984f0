"""Feed cursors over HTTP, on intake's and measures' feeds: opaque, bound to the organization
(or the all-organizations reader) they were given to, and silent about other tenants' volume."""

from __future__ import annotations

import base64
import uuid
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.intake.api.test_encounters_api import body
from tests.intake.feed import wait_for_horizon
from tests.measures.api._helpers import phq9, post_assessment
from tests.support.tokens import bearer

READER = "feed:read"
PLATFORM = "feed:read feed:all"


@pytest.fixture(params=["intake", "measures"])
def feed_client(request: pytest.FixtureRequest) -> TestClient:
    return request.getfixturevalue(f"{request.param}_client")


def _write(client: TestClient, org: str) -> None:
    """One event on the client's feed for ``org``."""
    if client.app.state.settings.service_name == "intake":  # type: ignore[attr-defined]
        response = client.put(
            f"/v1/encounters/e-{uuid.uuid4().hex[:8]}", json=body(), headers=bearer(org)
        )
    else:
        # No alert, and a patient of its own: one event (a second score of one patient at the
        # same time may become the episode's baseline and republish the first's event).
        response = post_assessment(
            client, org, patient_id=f"p-{uuid.uuid4().hex[:8]}", answers=phq9([1] * 8 + [0])
        )
    assert response.status_code in (200, 201), response.text
    wait_for_horizon(client, org)


def _read(client: TestClient, org: str, scope: str = READER, **params: Any) -> Any:
    return client.get("/v1/feed", params=params, headers=bearer(org, scope=scope))


def test_a_cursor_is_refused_for_another_organization(feed_client: TestClient, org: str) -> None:
    _write(feed_client, org)
    cursor = _read(feed_client, org).json()["next_cursor"]
    assert _read(feed_client, org, after=cursor).status_code == 200
    stranger = _read(feed_client, org + "-b", after=cursor)
    assert stranger.status_code == 400
    assert stranger.headers["content-type"].startswith("application/problem+json")
    assert stranger.json()["type"].endswith("invalid-cursor")
    # Nor does the platform's all-organizations cursor serve an organization, or the reverse.
    platform = _read(feed_client, org, scope=PLATFORM, limit=1).json()["next_cursor"]
    assert _read(feed_client, org, after=platform).status_code == 400
    assert _read(feed_client, org, scope=PLATFORM, after=cursor).status_code == 400


def test_a_cursor_tells_nothing_of_other_organizations_writes(
    feed_client: TestClient, org: str
) -> None:
    """Before: an org's cursor was base64 JSON of global counters, so the gap between two of its
    cursors counted everyone's writes. Now the cursor is sealed: it is not JSON, has the same
    length whatever the position, and a page after a quiet spell hands back the same cursor."""
    _write(feed_client, org)
    first = _read(feed_client, org).json()["next_cursor"]
    for _ in range(5):
        _write(feed_client, org + "-busy")
    quiet = _read(feed_client, org, after=first).json()
    assert quiet["items"] == [] and quiet["next_cursor"] == first
    _write(feed_client, org)
    page = _read(feed_client, org, after=first).json()
    assert len(page["items"]) == 1
    second = page["next_cursor"]
    assert second != first and len(second) == len(first) <= 128
    for cursor in (first, second):
        decoded = base64.urlsafe_b64decode(cursor.split(".", 1)[-1] + "==")
        assert not decoded.startswith(b"[")
    # The same position sealed twice looks unrelated (a fresh nonce each time).
    assert (
        _read(feed_client, org).json()["next_cursor"]
        != _read(feed_client, org).json()["next_cursor"]
    )


def test_the_platform_reader_follows_every_organization_with_its_own_cursor(
    feed_client: TestClient, org: str
) -> None:
    _write(feed_client, org)
    _write(feed_client, org + "-b")
    seen: list[str] = []
    cursor = None
    for _ in range(10_000):
        params: dict[str, Any] = {"limit": 1000} | ({"after": cursor} if cursor else {})
        page = _read(feed_client, org, scope=PLATFORM, **params).json()
        seen += [e["org"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert {org, org + "-b"} <= set(seen)


def test_a_platform_cursor_from_before_sealing_still_resumes(
    feed_client: TestClient, org: str
) -> None:
    """A consumer upgraded across this change holds a cursor of the old form: the platform
    reader may resume from it (the next cursor it gets is sealed); an organization may not."""
    _write(feed_client, org)
    legacy = base64.urlsafe_b64encode(b"[-1,0]").decode().rstrip("=")
    page = _read(feed_client, org, scope=PLATFORM, after=legacy, limit=1)
    assert page.status_code == 200 and len(page.json()["items"]) == 1
    assert page.json()["next_cursor"].startswith("c1.")
    assert _read(feed_client, org, after=legacy).status_code == 400

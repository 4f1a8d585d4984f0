"""What the safety-loop tests share: a clock they move, measures apps built on it, an alert
raised the way a clinic raises one (PHQ-9 item 9 above 0), and the alert events of the feed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from harness.databases import throwaway_database
from services.measures.app import MIGRATIONS, create_app
from services.measures.assessments.escalation_worker import EscalationWorker
from services.measures.settings import MeasuresSettings
from shared.migrations import upgrade
from shared.models import utcnow
from tests.measures.api._helpers import feed, phq9, post_assessment
from tests.support.tokens import bearer

ITEM9 = phq9([1, 1, 0, 0, 0, 0, 0, 0, 1])


class Clock:
    """Real time plus an offset the test moves forward: alerts are raised at the real time,
    and the app (actions, acknowledgements, escalations, deliveries) sees the moved one."""

    def __init__(self) -> None:
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return utcnow() + self._offset

    def advance(self, **delta: float) -> None:
        with self._lock:
            self._offset += timedelta(**delta)


@contextmanager
def migrated_database(label: str, folder: Path) -> Iterator[str]:
    with throwaway_database(label, folder) as url:
        upgrade(MIGRATIONS, url)
        yield url


@contextmanager
def measures_app(url: str, clock: Clock, **overrides: Any) -> Iterator[TestClient]:
    """A measures app (lifespan, workers) on ``url`` seeing ``clock``. Its escalation worker
    polls rarely: tests run passes themselves with :func:`worker`."""
    settings = MeasuresSettings(
        database_url=url,
        environment="test",
        **{
            "escalation_poll_seconds": 300,
            "webhooks_allow_private_targets": True,
            "webhooks_poll_seconds": 0.05,
            **overrides,
        },
    )
    with TestClient(create_app(settings, clock=clock), raise_server_exceptions=False) as client:
        yield client


def worker(client: TestClient) -> EscalationWorker:
    found: EscalationWorker = client.app.state.escalation_worker  # type: ignore[attr-defined]
    return found


def raise_alert(client: TestClient, org: str, patient_id: str = "p-1") -> dict[str, Any]:
    """An urgent critical-item alert, raised now (real time)."""
    response = post_assessment(
        client, org, answers=ITEM9, patient_id=patient_id, completed_at=utcnow().isoformat()
    )
    assert response.status_code == 201, response.text
    [alert] = response.json()["alerts"]
    assert alert["severity"] == "urgent" and alert["status"] == "open"
    return dict(alert)


def act(client: TestClient, org: str, alert_id: str, **body: Any) -> Any:
    return client.post(f"/v1/alerts/{alert_id}/actions", json=body, headers=bearer(org))


def alert_events(
    client: TestClient, org: str, count: int = 0, timeout: float = 30.0
) -> list[dict[str, Any]]:
    """The org's alert.* events, once at least ``count`` are on the feed (on a shared
    PostgreSQL a just-committed event may take a moment to be handed out)."""
    deadline = time.monotonic() + timeout
    while True:
        found = [e for e in feed(client, org) if e["type"].startswith("alert.")]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def escalated(client: TestClient, org: str, count: int = 0) -> list[dict[str, Any]]:
    """The alert.escalated events on the org's feed (at least ``count`` awaited)."""
    deadline = time.monotonic() + 30
    while True:
        found = [e for e in feed(client, org) if e["type"] == "alert.escalated"]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.05)

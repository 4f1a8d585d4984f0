"""Play a generated dataset into running services over HTTP, as vendors and apps would.

Batches go through the batch endpoints with an ``Idempotency-Key`` each; a batch that fails on
the way (connection refused, timeout, 5xx) is retried with the same key until it lands, so the
driver itself demonstrates that retries never duplicate data.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from synthetic.generator import Dataset
from synthetic.safety import follow_through
from synthetic.voice import give_voice
from synthetic.workforce import Workforce

CHUNK = 500


@dataclass
class Endpoints:
    intake: str
    measures: str


@dataclass
class DriveReport:
    batches: int = 0
    retries: int = 0
    last_url: str | None = None
    refused: list[dict[str, Any]] = field(default_factory=list)


def _chunks(items: Sequence[dict[str, Any]], size: int) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _key(path: str, body: Any) -> str:
    digest = hashlib.sha256((path + json.dumps(body, sort_keys=True)).encode()).hexdigest()
    return digest[:40]


class Driver:
    """Sends batches and keeps at it through outages (bounded by ``give_up_after`` seconds)."""

    def __init__(
        self,
        endpoints: Endpoints,
        token: str,
        *,
        give_up_after: float = 120.0,
        timeout: float = 30.0,
        chunk: int = CHUNK,
    ) -> None:
        self.endpoints = endpoints
        self.chunk = chunk
        self.give_up_after = give_up_after
        self.client = httpx.Client(timeout=timeout, headers={"Authorization": f"Bearer {token}"})
        self.report = DriveReport()

    def close(self) -> None:
        self.client.close()

    def post(self, url: str, body: Any) -> dict[str, Any]:
        """POST with an Idempotency-Key derived from the body; retry until it is answered."""
        key = _key(url, body)
        deadline = time.monotonic() + self.give_up_after
        delay = 0.2
        while True:
            try:
                response = self.client.post(url, json=body, headers={"Idempotency-Key": key})
                if response.status_code < 500 and response.status_code != 409:
                    response.raise_for_status()
                    return response.json()
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not answer within {self.give_up_after}s")
            self.report.retries += 1
            time.sleep(delay)
            delay = min(delay * 2, 2.0)

    def _batches(self, url: str, items: Sequence[dict[str, Any]], wrap: bool) -> None:
        for chunk in _chunks(items, self.chunk):
            body: Any = {"items": list(chunk)} if wrap else list(chunk)
            self.report.last_url = url
            answer = self.post(url, body)
            self.report.batches += 1
            for result in answer["results"]:
                if result["status"] >= 400:
                    self.report.refused.append({"url": url, **result})

    def enable_instrument(self, instrument_id: str) -> None:
        """Turn on a licence-restricted instrument for the org (the clinician well-being survey
        of the generator is one), as an org does once it has secured permission."""
        response = self.client.put(
            f"{self.endpoints.measures}/v1/instrument-settings/{instrument_id}",
            json={"enabled": True},
        )
        response.raise_for_status()

    def play(self, data: Dataset) -> DriveReport:
        intake, measures = self.endpoints.intake, self.endpoints.measures
        self._batches(f"{intake}/v1/patients:batch", data.patients, wrap=False)
        self._batches(f"{intake}/v1/referrals:batch", data.referrals, wrap=False)
        self._batches(f"{intake}/v1/episodes:batch", data.episodes, wrap=False)
        self._batches(f"{intake}/v1/encounters:batch", data.encounters, wrap=False)
        self._batches(f"{intake}/v1/feedback:batch", data.feedback, wrap=False)
        self._batches(f"{measures}/v1/assessments:batch", data.assessments, wrap=True)
        return self.report

    def send_workforce(self, workforce: Workforce) -> DriveReport:
        """Post the staff roster as an HR system's extract would, then each team's
        establishment (a PUT per row: idempotent as it is)."""
        intake = self.endpoints.intake
        self._batches(f"{intake}/v1/staff:batch", workforce.staff, wrap=False)
        for row in workforce.establishments:
            body = {k: v for k, v in row.items() if k != "team_id"}
            url = f"{intake}/v1/establishments/{row['team_id']}"
            self.client.put(url, json=body).raise_for_status()
        return self.report

    def report_safety_events(self, events: Sequence[dict[str, Any]]) -> DriveReport:
        """Post safety reports as a reporting app would (retries are safe on their ids)."""
        self._batches(f"{self.endpoints.intake}/v1/safety-events:batch", events, wrap=False)
        return self.report

    def give_voice(self) -> int:
        """Theme the feedback and answer it as the org's feedback team does
        (:mod:`synthetic.voice`); how many submissions carry a theme."""
        return give_voice(self.client, self.endpoints.intake)

    def follow_alerts_through(self) -> int:
        """Act on the open alerts as the clinicians of ``synthetic.safety`` do; how many were
        acted on. Run again, it finds the closed ones gone and the rest already recorded."""
        measures = self.endpoints.measures
        now = datetime.now(UTC).isoformat()
        acted, cursor = 0, None
        while True:
            params = {"status": "open", "limit": 100, **({"cursor": cursor} if cursor else {})}
            page = self.client.get(f"{measures}/v1/alerts", params=params)
            page.raise_for_status()
            for alert in page.json()["items"]:
                plan = follow_through(alert)
                url = f"{measures}/v1/alerts/{alert['alert_id']}"
                if plan.action is not None:
                    body = {"action_id": f"demo-{alert['alert_id']}", "action": plan.action,
                            "performed_at": now, "close": plan.closes}  # fmt: skip
                    answer = self.client.post(f"{url}/actions", json=body)
                elif plan.acknowledge:
                    answer = self.client.post(f"{url}/acknowledge")
                else:
                    continue
                if answer.status_code != 409:  # already closed by an earlier run
                    answer.raise_for_status()
                acted += 1
            cursor = page.json().get("next_cursor")
            if not cursor:
                return acted

"""Scenario: who counts in an outcome rate, from the clinic's PHQ-9s to the QI lead's metric.

A clinic posts PHQ-9s over HTTP to measures (a real process on its own database): 24 patients
who start at 15 (cases) and 24 who start at 4 (not cases, nothing to remit from), each seen
again six weeks later. Half the cases remit (3), half do not (12); the others go from 4 to 2.
metrics, in process, pulls the real feeds and the QI lead reads the month's remission rate:
12 of the 24 cases, not 12 of 48; recovery and response likewise. Reliable improvement applies
to everyone with a reliable-change value, so it is 12 of 48.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from harness.databases import throwaway_database
from harness.processes import migrate, service_env, start, stop
from services.metrics.sync.consumer import sync_once
from tests.metrics.rounding import rounded, rounded_n, share
from tests.metrics.sync.test_feeds_over_http import Peers, metrics_app
from tests.support.tokens import bearer

ORG = "org-outcome-eligibility"
CASES, NON_CASES = 24, 24


def _phq9(total: int) -> dict[str, int]:
    """Answers summing to ``total`` with item 9 unendorsed (no critical alert)."""
    values = [0] * 9
    for n in range(total):
        values[n % 8] += 1
    return {f"phq9_{i}": v for i, v in enumerate(values, 1)}


@pytest.fixture(scope="module")
def peers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peers]:
    folder = tmp_path_factory.mktemp("outcomes")
    with ExitStack() as stack:
        running = Peers({}, folder)
        for name in ("intake", "measures"):
            url = stack.enter_context(throwaway_database(f"outcomes_{name}", folder))
            env = service_env(name, url)
            migrate(name, env)
            running.services[name] = start(name, env, folder)
        try:
            yield running
        finally:
            for service in running.services.values():
                stop(service)


def _post_courses(peers: Peers) -> None:
    items = []
    for n in range(CASES + NON_CASES):
        case = n < CASES
        later = (3 if n % 2 else 12) if case else 2
        for total, day in ((15 if case else 4, "2026-03-02"), (later, "2026-04-13")):
            items.append({
                "assessment_id": f"a-{n}-{day}", "patient_id": f"p-{n}", "instrument_id": "phq9",
                "answers": _phq9(total), "completed_at": f"{day}T10:00:00Z",
            })  # fmt: skip
    answer = httpx.post(
        f"{peers.url('measures')}/v1/assessments:batch", json={"items": items},
        headers=bearer(ORG), timeout=60,
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    assert {r["status"] for r in answer.json()["results"]} == {201}


def _march(client: TestClient, metric_id: str) -> dict:
    answer = client.get(
        f"/v1/metrics/{metric_id}/values",
        params={"level": "org", "period": "month", "from": "2026-03-01", "to": "2026-03-31"},
        headers=bearer(ORG, "metrics:read"),
    )
    assert answer.status_code == 200, answer.text
    [cell] = answer.json()["values"]
    return cell


def test_only_baseline_cases_count_in_remission_and_recovery(peers: Peers, tmp_path: Path):
    _post_courses(peers)
    with metrics_app(peers, tmp_path, consumer_enabled=False) as client:
        app = client.app
        done = sync_once(
            engine=app.state.engine,  # type: ignore[attr-defined]
            clients=app.state.feed_clients,  # type: ignore[attr-defined]
            settings=app.state.settings,  # type: ignore[attr-defined]
        )
        assert done["measures"].events == 2 * (CASES + NON_CASES)
        for metric_id in ("mbc-remission", "mbc-recovery", "mbc-response"):
            cell = _march(client, metric_id)
            # Published under the disclosure policy: counts rounded to 5, the share from them.
            assert (cell["numerator"], cell["denominator"], cell["n"]) == (
                rounded(12), rounded(CASES), rounded_n(CASES),
            )  # fmt: skip
            assert cell["value"] == share(12, CASES) and cell["suppressed"] is False
        improved = _march(client, "mbc-reliable-improvement")
        assert (improved["numerator"], improved["denominator"]) == (
            rounded(12), rounded(CASES + NON_CASES),
        )  # fmt: skip

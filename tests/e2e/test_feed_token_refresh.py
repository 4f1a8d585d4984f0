"""Scenario: in production metrics gets its feed token from the identity provider, and the token
expires while metrics runs.

The three services run as real processes; metrics is configured with a token endpoint (a local
stand-in for the identity provider, issuing 4-second tokens) instead of a token. Records sent
before and after the first token's expiry all reach metrics, the provider was asked again
mid-run, and no poll failed on a stale token.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from harness.cluster import three_services, wait_caught_up
from harness.processes import RunningService
from shared.auth import issue_local_token
from tests.support.token_endpoint import CLIENT_ID, CLIENT_SECRET, TokenEndpoint, token_endpoint

ORG = "org-token-refresh"
LIFETIME_SECONDS = 4


@pytest.fixture(scope="module")
def provider() -> Iterator[TokenEndpoint]:
    with token_endpoint(lifetime=LIFETIME_SECONDS) as running:
        yield running


@pytest.fixture(scope="module")
def services(
    tmp_path_factory: pytest.TempPathFactory, provider: TokenEndpoint
) -> Iterator[dict[str, RunningService]]:
    metrics_env = {
        "METRICS_FEED_TOKEN_URL": provider.url,
        "METRICS_FEED_CLIENT_ID": CLIENT_ID,
        "METRICS_FEED_CLIENT_SECRET": CLIENT_SECRET,
    }
    with three_services(
        Path(tmp_path_factory.mktemp("token_refresh")), "tokens", {"metrics": metrics_env}
    ) as running:
        yield running


def _patients(intake: RunningService, start: int, count: int) -> None:
    token = issue_local_token(org=ORG, scope="intake:write")
    body = [{"patient_id": f"pt-{n:04d}", "birth_year": 1980} for n in range(start, start + count)]
    answer = httpx.post(
        f"{intake.url}/v1/patients:batch", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 200, answer.text


def _applied(metrics: RunningService) -> dict[str, dict[str, object]]:
    token = issue_local_token(org=ORG, scope="platform:operate")
    status = httpx.get(
        f"{metrics.url}/v1/sync/status", headers={"Authorization": f"Bearer {token}"}
    ).json()
    return {s["source"]: s for s in status["sources"]}


def test_records_reach_metrics_across_a_token_expiry(
    services: dict[str, RunningService], provider: TokenEndpoint
) -> None:
    _patients(services["intake"], 0, 20)
    wait_caught_up(services["metrics"], ORG)
    first_token = provider.issued[0]
    time.sleep(LIFETIME_SECONDS + 1)  # the first token has expired by now
    _patients(services["intake"], 20, 15)
    wait_caught_up(services["metrics"], ORG)

    intake = _applied(services["metrics"])["intake"]
    assert intake["events_applied"] == 35, intake
    assert len(provider.issued) >= 2 and provider.issued[-1] != first_token
    assert provider.refused == 0
    log = services["metrics"].log()
    assert "refused the read with 401" not in log, log[-2000:]
    assert CLIENT_SECRET not in log

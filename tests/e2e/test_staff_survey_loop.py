"""Scenario: a staff survey from invitation to results, across real services (issue #19).

measures runs as its own process on its own database. An org's survey lead creates a campaign of
the Mini Z 2.0 for two teams, mints one-time tokens, and the staff answer with them (no other
credential); the lead closes it. metrics, in process, reads measures' feed with its service
token and publishes the team results: each team's burnout share and response rate equal a
recomputation from the answers sent. (Cells below the staff floor, and the siblings that would
give them away, are suppressed: tests/metrics/workforce.)
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from harness.databases import throwaway_database, wait_for_server_horizon
from harness.processes import RunningService, migrate, service_env, start, stop
from services.metrics.app import MIGRATIONS, create_app
from services.metrics.settings import MetricsSettings
from shared.auth import issue_local_token
from shared.migrations import upgrade
from tests.support.tokens import bearer

ORG = "org-staff-survey-e2e"
ADMIN = "measures:staff-surveys"
#: Invited, then each respondent's answer to the burnout item (miniz2_3, Mini Z 2.0 numbering:
#: 1-2 burnt out with symptoms, 3 burning out, 4-5 not; burnout is 3 or lower). Every count a
#: cell reveals, and its complement, is at least the floor of 11 (26 of 40 answered, 12 burnt
#: out, 14 not), or the cell would rightly be suppressed.
TEAMS = {"t-large": (40, [2, 3, 1] * 4 + [4, 5] * 7)}


@pytest.fixture(scope="module")
def measures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningService]:
    folder = tmp_path_factory.mktemp("staff-survey")
    with ExitStack() as stack:
        url = stack.enter_context(throwaway_database("survey_measures", folder))
        env = service_env("measures", url)
        migrate("measures", env)
        service = start("measures", env, folder)
        try:
            yield service
        finally:
            stop(service)


def admin(measures: RunningService, method: str, path: str, **kwargs: Any) -> httpx.Response:
    token = issue_local_token(org=ORG, scope=f"{ADMIN} measures:write measures:read")
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.request(method, f"{measures.url}{path}", headers=headers, timeout=30, **kwargs)


def answers(burnout: int) -> dict[str, dict[str, int]]:
    """A whole Mini Z 2.0 response: the burnout item as given, the other nine items 4."""
    items = {f"miniz2_{n}": 4 for n in range(1, 11)}
    return {"miniz2": {**items, "miniz2_3": burnout}}


def run_campaign(measures: RunningService) -> str:
    enabled = admin(measures, "PUT", "/v1/instrument-settings/miniz2", json={"enabled": True})
    assert enabled.status_code == 200, enabled.text
    today = datetime.now(UTC).date()
    created = admin(measures, "POST", "/v1/staff-surveys", json={
        "instrument_ids": ["miniz2"],
        "teams": [{"team_id": team, "site_id": "s-1", "invited": invited}
                  for team, (invited, _) in TEAMS.items()],
        "opens_on": str(today), "closes_on": str(today),
    })  # fmt: skip
    assert created.status_code == 201, created.text
    campaign_id: str = created.json()["campaign_id"]
    for team, (_, given) in TEAMS.items():
        minted = admin(measures, "POST", f"/v1/staff-surveys/{campaign_id}/teams/{team}/tokens")
        assert minted.status_code == 201, minted.text
        for token, burnout in zip(minted.json()["tokens"], given, strict=False):
            body = {"token": token, "role": "nurse", "answers": answers(burnout)}
            sent = httpx.post(f"{measures.url}/v1/staff-survey-responses", json=body, timeout=30)
            assert sent.status_code == 201, sent.text
    closed = admin(measures, "POST", f"/v1/staff-surveys/{campaign_id}/close")
    assert closed.status_code == 200, closed.text
    return campaign_id


def values(client: TestClient, metric: str, team: str) -> list[dict[str, Any]]:
    first = datetime.now(UTC).date().replace(day=1)
    params = {"level": "team", "unit": team, "period": "month", "from": str(first)}
    answer = client.get(f"/v1/metrics/{metric}/values", params=params, headers=bearer(ORG))
    assert answer.status_code == 200, answer.text
    found: list[dict[str, Any]] = answer.json()["values"]
    return found


def test_a_campaign_from_invitation_to_team_results(
    measures: RunningService, tmp_path: Path
) -> None:
    run_campaign(measures)
    wait_for_server_horizon()
    with throwaway_database("survey_metrics", tmp_path) as url:
        upgrade(MIGRATIONS, url)
        settings = MetricsSettings(
            database_url=url, environment="test", measures_url=measures.url,
            intake_url="http://127.0.0.1:9", poll_seconds=0.2,
        )  # fmt: skip
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            deadline = time.monotonic() + 60
            while not values(client, "staff-survey-response-rate", "t-large"):
                assert time.monotonic() < deadline, "metrics never published the survey"
                time.sleep(0.2)
            published = {
                team: (values(client, "miniz-burnout-prevalence", team),
                       values(client, "staff-survey-response-rate", team))
                for team in TEAMS
            }  # fmt: skip

    for team, (invited, given) in TEAMS.items():
        [burnout], [rate] = published[team]
        assert not rate["suppressed"], json.dumps(published)
        assert not burnout["suppressed"], json.dumps(published)
        # Recomputed from what was sent (burnt out: 3 or lower on the burnout item), published
        # as the disclosure policy says: counts rounded to 5, the share of the rounded counts.
        burnt_out = sum(b <= 3 for b in given)
        assert (burnout["numerator"], burnout["denominator"]) == (r5(burnt_out), r5(len(given)))
        assert burnout["value"] == pytest.approx(r5(burnt_out) / r5(len(given)), abs=1e-4)
        assert (rate["numerator"], rate["denominator"]) == (r5(len(given)), r5(invited))


def r5(count: int) -> int:
    """A count as published: to the nearest multiple of 5."""
    return 5 * round(count / 5)

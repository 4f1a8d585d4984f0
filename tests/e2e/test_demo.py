"""Scenario: a new user runs ``make demo`` against the services ``make run`` serves.

``deploy/demo.py`` runs as its own process, as ``make demo`` runs it, against three real
services; a smaller organization than the default keeps the test short. The demo must leave
something to show on every part of the dashboard: values for the organization's metrics up to
the current weeks, and a benchmark, which needs at least five peer organizations that opted in
to the same collaborative. Run twice, it stores nothing twice.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from harness.cluster import three_services, wait_caught_up
from harness.processes import ROOT, RunningService
from shared.auth import issue_local_token
from synthetic.voice import RESPONSE_ID

ORG = "demo-org"
SIZE = ["--patients", "150", "--weeks", "16", "--peer-patients", "40"]


def _demo(services: dict[str, RunningService]) -> subprocess.CompletedProcess[str]:
    urls = [f"--{name}={service.url}" for name, service in services.items()]
    return subprocess.run(
        [sys.executable, "deploy/demo.py", *urls, *SIZE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    with three_services(tmp_path_factory.mktemp("demo"), "demo") as services:
        first = _demo(services)
        assert first.returncode == 0, first.stdout + first.stderr
        wait_caught_up(services["metrics"], ORG)
        yield {"services": services, "first": first}


def _get(service: RunningService, path: str, **params: str) -> Any:
    token = issue_local_token(org=ORG, scope="metrics:read intake:read")
    response = httpx.get(
        f"{service.url}{path}", params=params, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_the_demo_says_what_it_seeded_and_where_to_look(seeded: dict[str, Any]) -> None:
    out = seeded["first"].stdout
    assert "Seeding demo-org: 150 patients" in out
    assert out.count("Seeding peer-org-") == 5
    assert "0 items refused" in out
    assert "/dashboard" in out


def test_staff_report_safety_events_and_metrics_counts_them(seeded: dict[str, Any]) -> None:
    out = seeded["first"].stdout
    said = re.search(r"Seeding demo-org: .*\n(?: +.*\n)*? +(\d+) safety events reported", out)
    assert said is not None and "alerts followed through" in out, out
    reports = _get(seeded["services"]["intake"], "/v1/safety-events", limit="500")["items"]
    assert len(reports) == int(said.group(1)) > 0
    assert all(r["narrative"] is None for r in reports)  # a reader, not a reviewer
    assert {r["anonymous_report"] for r in reports} <= {True, False}
    values = _get(seeded["services"]["metrics"], "/v1/metrics/safety-event-reporting-rate/values",
                  level="org", period="quarter")["values"]  # fmt: skip
    # A small demo's few reports are suppressed; the cells exist all the same. A quarter that
    # holds only the demo's first weeks (about a hundred kept sessions, one report per 150)
    # may well have none: zero is a value there, not a miscount.
    assert values and any(v["suppressed"] or v["value"] > 0 for v in values), values


def test_the_demo_seeds_episodes_some_finished_some_dropped_out(seeded: dict[str, Any]) -> None:
    """Every patient has an episode of care; courses end as planned or by dropping out (at
    rates that differ by group: synthetic/episodes.py), and the rest are still open."""
    episodes = _get(seeded["services"]["intake"], "/v1/episodes", limit="1000")["items"]
    assert len(episodes) == 150
    endings = {(e["status"], e["discharge_reason"]) for e in episodes}
    assert {("finished", "planned-completion"), ("finished", "dropped-out")} <= endings
    assert any(e["closed_on"] is None for e in episodes)


def test_the_feedback_team_themes_the_feedback_and_answers_it(seeded: dict[str, Any]) -> None:
    said = re.search(r"(\d+) feedback submissions themed", seeded["first"].stdout)
    assert said is not None and int(said.group(1)) > 0, seeded["first"].stdout
    themes = _get(seeded["services"]["metrics"], "/v1/feedback-themes", period="quarter")
    assert "feeling-heard" in {t["theme"] for t in themes["themes"]}, themes
    intake = seeded["services"]["intake"]
    token = issue_local_token(org=ORG, scope="intake:write")  # as the patients' app reads it
    answer = httpx.get(f"{intake.url}/v1/feedback-responses",
                       headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    assert [r["response_id"] for r in answer.json()["items"]] == [RESPONSE_ID], answer.text


def test_the_metrics_run_up_to_the_current_week(seeded: dict[str, Any]) -> None:
    values = _get(seeded["services"]["metrics"], "/v1/metrics/kept-rate/values",
                  level="org", period="week")["values"]  # fmt: skip
    shown = [v for v in values if not v["suppressed"]]
    assert len(shown) >= 5
    latest = date.fromisoformat(max(v["period"] for v in shown))
    assert date.today() - latest <= timedelta(days=14)


def test_the_benchmark_has_five_anonymized_peers(seeded: dict[str, Any]) -> None:
    metrics = seeded["services"]["metrics"]
    collaboratives = _get(metrics, "/v1/collaboratives")["items"]
    assert [(c["name"], c["member_count"], c["role"]) for c in collaboratives] == [
        ("Demo collaborative", 6, "owner")
    ]
    cid = collaboratives[0]["collaborative_id"]
    found = _get(metrics, "/v1/metrics/kept-rate/benchmark", collaborative=cid,
                 period="quarter")  # fmt: skip
    compared = [row for row in found["periods"] if row["comparison"] is not None]
    assert compared
    assert all(row["peers_with_value"] == 5 for row in compared)


def _applied(metrics: RunningService) -> dict[str, int]:
    token = issue_local_token(org=ORG, scope="platform:operate")
    status = httpx.get(
        f"{metrics.url}/v1/sync/status", headers={"Authorization": f"Bearer {token}"}
    ).json()
    return {s["source"]: s["events_applied"] for s in status["sources"]}


def test_a_second_run_stores_nothing_twice(seeded: dict[str, Any]) -> None:
    """Nothing new reaches either feed: every batch is answered from its Idempotency-Key."""
    services = seeded["services"]
    before = _applied(services["metrics"])
    again = _demo(services)
    assert again.returncode == 0, again.stdout + again.stderr
    wait_caught_up(services["metrics"], ORG)
    assert _applied(services["metrics"]) == before

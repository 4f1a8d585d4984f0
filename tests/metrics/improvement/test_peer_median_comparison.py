"""A cycle's study against a collaborative's peer median (controlled interrupted time series):
a jump only the project's organization made is recovered; the peers' shared drift cancels."""

from __future__ import annotations

import uuid

from starlette.testclient import TestClient

from tests.metrics.improvement.helpers import collaborative, project
from tests.metrics.learning.factory import insert, month, month_of_encounters
from tests.metrics.learning.test_interventions_api import START
from tests.support.tokens import bearer

MONTHS, CHANGE, TOTAL = 16, 8, 300


def org_series(client: TestClient, org: str, rates: list[float]) -> None:
    rows = []
    for i, rate in enumerate(rates):
        rows += month_of_encounters(org, month(START, i), total=TOTAL, kept=round(rate * TOTAL),
                                    patients=60, prefix=f"m{i}")  # fmt: skip
    insert(client, rows)


def drift(i: int, k: int) -> float:
    """Every organization's kept rate rises 0.004 a month, with a little noise of its own."""
    return 0.60 + 0.004 * i + 0.006 * (((i + k) * 7) % 3 - 1)


def test_the_peer_median_is_a_control_for_an_org_level_aim(metrics_client: TestClient) -> None:
    mine, *peers = (f"org-{uuid.uuid4().hex[:10]}" for _ in range(6))
    cid = collaborative(metrics_client, mine, *peers)
    org_series(metrics_client, mine,
               [drift(i, 0) + (0.15 if i >= CHANGE else 0.0) for i in range(MONTHS)])  # fmt: skip
    for k, peer in enumerate(peers, start=1):
        org_series(metrics_client, peer, [drift(i, k) + 0.01 * k for i in range(MONTHS)])
    aim = {"metric_id": "kept-rate", "level": "org"}
    metrics_client.put("/v1/projects/p", json=project(aim=aim), headers=bearer(mine))
    cycle = {"title": "Evening clinics", "started_on": month(START, CHANGE).isoformat()}
    assert metrics_client.put("/v1/projects/p/cycles/c", json=cycle,
                              headers=bearer(mine)).status_code == 201  # fmt: skip
    read = metrics_client.get("/v1/projects/p/cycles/c", params={"compare_collaborative": cid},
                              headers=bearer(mine))  # fmt: skip
    assert read.status_code == 200, read.text
    comparison = read.json()["study"]["comparison"]
    assert comparison is not None, read.json()["study"]["warnings"]
    assert (comparison["kind"], comparison["unit_id"]) == ("peer-median", cid)
    # The control is exactly the benchmark route's published medians (a median equal to one
    # peer's value is withheld there, and so left out here).
    published = metrics_client.get(
        "/v1/metrics/kept-rate/benchmark",
        params={"collaborative": cid, "from": START.isoformat(), "to": "2025-04-30"},
        headers=bearer(mine),
    ).json()["periods"]
    medians = [
        p for p in published if p["comparison"] and p["comparison"]["peer_median"] is not None
    ]
    assert len(medians) >= MONTHS - 2
    assert comparison["points"] == MONTHS + len(medians)
    level = comparison["level_change_difference"]
    assert level["lower"] < 0.15 < level["upper"] and level["lower"] > 0.05
    slope = comparison["slope_change_difference"]
    assert slope["lower"] < 0.0 < slope["upper"], "the shared drift cancels out"
    outsider = metrics_client.get("/v1/projects/p/cycles/c",
                                  params={"compare_collaborative": "collab-unknown"},
                                  headers=bearer(mine))  # fmt: skip
    assert outsider.status_code == 404


def test_a_peer_median_is_refused_for_a_team_aim(metrics_client: TestClient, org: str) -> None:
    metrics_client.put("/v1/projects/p", json=project(), headers=bearer(org))
    metrics_client.put("/v1/projects/p/cycles/c", json={"title": "T", "started_on": "2025-01-01"},
                       headers=bearer(org))  # fmt: skip
    answer = metrics_client.get("/v1/projects/p/cycles/c",
                                params={"compare_collaborative": "collab-x"},
                                headers=bearer(org))  # fmt: skip
    assert answer.status_code == 422 and "compare_collaborative" in answer.text

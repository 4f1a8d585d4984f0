"""The association view: Pearson's r, its Fisher-z interval and Spearman's rho against a
hand-computed example, and over HTTP its pairs equal to the published team values."""

from __future__ import annotations

import math
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.metrics.stats.association import fisher_interval, pearson, ranks, spearman
from tests.metrics.workforce.test_workforce_metrics import world  # noqa: F401
from tests.support.tokens import bearer


def test_a_hand_computed_example() -> None:
    xs, ys = [1.0, 2, 3, 4, 5], [2.0, 1, 4, 3, 5]
    # sxy = 2 + 2 + 0 + 0 + 4 = 8, sxx = syy = 10: r = 0.8
    assert pearson(xs, ys) == pytest.approx(0.8)
    # Fisher (1915): z = atanh(0.8) = 1.0986, se = 1 / sqrt(5 - 3) = 0.7071,
    # z +- 1.96 se = (-0.2873, 2.4845), back-transformed by tanh: (-0.2796, 0.9862)
    lower, upper = fisher_interval(0.8, 5)
    assert (lower, upper) == (pytest.approx(-0.2796, abs=1e-4), pytest.approx(0.9862, abs=1e-4))
    assert spearman(xs, ys) == pytest.approx(0.8)
    assert ranks([3.0, 1, 3, 2]) == [3.5, 1, 3.5, 2]
    assert pearson([1.0, 1, 1], [1.0, 2, 3]) is None
    assert math.isclose(spearman([1.0, 2, 3, 4], [10.0, 20, 30, 1000]) or 0, 1.0)


def test_pairs_are_the_published_team_values(
    metrics_client: TestClient,
    world: tuple[str, list[dict[str, Any]]],  # noqa: F811
) -> None:
    org, _ = world
    params = {"x": "miniz-joy-mean", "y": "psychological-safety-mean", "period": "quarter",
              "from": "2026-01-01", "to": "2026-09-30"}  # fmt: skip
    answer = metrics_client.get("/v1/associations", params=params, headers=bearer(org))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["n"] == len(body["pairs"]) >= 5 and 5 <= body["teams"] <= 6
    for side in ("x", "y"):
        shown = metrics_client.get(
            f"/v1/metrics/{params[side]}/values",
            params={"level": "team", "period": "quarter", "from": "2026-01-01", "to": "2026-09-30"},
            headers=bearer(org),
        ).json()["values"]
        published = {(c["unit_id"], c["period"]): c["value"] for c in shown if not c["suppressed"]}
        for pair in body["pairs"]:
            assert published[pair["team_id"], pair["period"]] == pair[side]
    xs = [p["x"] for p in body["pairs"]]
    ys = [p["y"] for p in body["pairs"]]
    assert body["pearson"] == pytest.approx(pearson(xs, ys))
    assert any("causation" in c for c in body["caveats"])


def test_too_few_teams_is_a_problem(
    metrics_client: TestClient,
    world: tuple[str, list[dict[str, Any]]],  # noqa: F811
) -> None:
    org, _ = world
    params = {"x": "miniz-joy-mean", "y": "psychological-safety-mean", "period": "month",
              "from": "2026-03-01", "to": "2026-03-31"}  # fmt: skip
    answer = metrics_client.get("/v1/associations", params=params, headers=bearer("org-empty-x"))
    assert answer.status_code == 409 and answer.json()["type"].endswith("too-few-teams")
    same = metrics_client.get("/v1/associations", params={**params, "y": "miniz-joy-mean"},
                              headers=bearer(org))  # fmt: skip
    assert same.status_code == 422


def test_another_org_sees_none_of_the_teams(
    metrics_client: TestClient,
    world: tuple[str, list[dict[str, Any]]],  # noqa: F811
) -> None:
    """The view reads the caller's org only: where the world's org has six teams, another org
    asking the same is told it has none, and is shown no team of the first."""
    org, _ = world
    params = {"x": "miniz-joy-mean", "y": "psychological-safety-mean", "period": "quarter"}
    own = metrics_client.get("/v1/associations", params=params, headers=bearer(org))
    other = metrics_client.get("/v1/associations", params=params, headers=bearer("org-wf-other"))
    assert own.status_code == 200 and other.status_code == 409
    assert other.json()["detail"].startswith("0 teams")
    assert not any(p["team_id"] in other.text for p in own.json()["pairs"])

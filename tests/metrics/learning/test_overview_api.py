"""The overview over HTTP: each Making Data Count icon against a hand-computed example.

Every example is a team's "Consumer feedback: mean score" (an XmR chart, higher is better)
over 20 months, each month 12 submissions from 12 patients with the same mean, so the
published monthly value is that mean exactly and the limits can be computed by hand. The
overview reads the charts with the Making Data Count rules (`nhs`) by default.
"""

from __future__ import annotations

from datetime import date

from starlette.testclient import TestClient

from tests.metrics.learning.factory import feedback, insert, month
from tests.support.collaboratives import admit, create
from tests.support.tokens import bearer

START = date(2025, 1, 1)
COMMON = [3.8, 4.2, 4.0, 4.1, 3.9] * 4
IMPROVING = [3.4, 3.6, 3.5] * 4 + [4.3, 4.5, 4.4] * 2 + [4.3, 4.5]
CONCERNING = [4.4, 4.6, 4.5] * 4 + [3.5, 3.3, 3.4] * 2 + [3.5, 3.3]


def seed(client: TestClient, org: str, values: list[float], *, team: str = "team-a",
         patients: int = 12) -> None:  # fmt: skip
    rows = []
    for i, value in enumerate(values):
        first = month(START, i)
        rows += [
            feedback(org, first.replace(day=1 + k), patient=f"{team}-{i}-{k}", mean=value,
                     team_id=team)
            for k in range(patients)
        ]  # fmt: skip
    insert(client, rows)


def item(client: TestClient, org: str, team: str = "team-a", **params: str) -> dict:
    query = {"level": "team", "unit": team, **params}
    response = client.get("/v1/overview", params=query, headers=bearer(org))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["rules"]["id"] == "nhs" and "Making Data Count" in body["source"]
    found = [i for i in body["items"] if i["metric_id"] == "feedback-mean"]
    assert len(found) == 1 and found[0]["filters"] == {"form": "csq8"}
    return found[0]


def set_target(client: TestClient, org: str, value: float) -> None:
    response = client.put(
        "/v1/targets/feedback-mean", params={"level": "team"}, json={"value": value},
        headers=bearer(org),
    )  # fmt: skip
    assert response.status_code in (200, 201), response.text


def test_common_cause_and_the_three_assurance_cases(metrics_client: TestClient, org: str) -> None:
    seed(metrics_client, org, COMMON)
    # By hand: the mean is (3.8 + 4.2 + 4.0 + 4.1 + 3.9) / 5 = 4.0. Moving ranges: inside each
    # cycle 0.4 + 0.2 + 0.1 + 0.2 = 0.9, four cycles 3.6, plus three 0.1 between cycles:
    # MRbar = 3.9 / 19. Limits 4.0 -+ 2.66 MRbar = 3.454 and 4.546; sigma = 2.66 MRbar / 3,
    # so 2 sigma = 0.364 and no point (at most 0.2 from the mean) is close to a limit; the
    # longest run on one side is 2 (4.2, then 4.0 on the line, then 4.1 and 3.9 across) and
    # the longest monotone stretch 2 points: no rule fires, the latest point is common cause.
    mr_bar = 3.9 / 19
    lower, upper = 4.0 - 2.66 * mr_bar, 4.0 + 2.66 * mr_bar
    body = item(metrics_client, org)
    assert body["variation"] == "common_cause" and body["signals"] == []
    assert body["chart"] == "xmr" and body["judged_period"] == "2026-08"
    assert abs(body["centre"] - 4.0) < 1e-9
    assert abs(body["lower"] - lower) < 1e-9 and abs(body["upper"] - upper) < 1e-9
    assert body["latest"]["value"] == 3.9 and body["latest"]["label"] == "2026-08"
    assert body["target"] is None and body["assurance"] is None
    assert body["chart_url"] == (
        "/v1/metrics/feedback-mean/chart?level=team&unit=team-a&period=month&rules=nhs&form=csq8"
    )
    # Higher is better. A target of 3.0 lies below the lower limit (3.454): every value the
    # process makes is above it, so it is consistently met.
    set_target(metrics_client, org, 3.0)
    met = item(metrics_client, org)
    assert met["assurance"] == "consistently_meets"
    assert met["target"]["value"] == 3.0 and met["target"]["direction"] == "at_least"
    # 5.0 lies above the upper limit (4.546): never reached, consistently failed.
    set_target(metrics_client, org, 5.0)
    assert item(metrics_client, org)["assurance"] == "consistently_fails"
    # 4.2 lies between the limits: some months meet it, some do not.
    set_target(metrics_client, org, 4.2)
    assert item(metrics_client, org)["assurance"] == "may_hit_or_miss"


def test_an_improving_shift(metrics_client: TestClient, org: str) -> None:
    seed(metrics_client, org, IMPROVING)
    # By hand: the first 12 months sum to 4 x (3.4 + 3.6 + 3.5) = 42.0, the last 8 to
    # 2 x 13.2 + 8.8 = 35.2; the mean is 77.2 / 20 = 3.86. The last 8 values (4.3 to 4.5) are
    # all above it: 7 or more in a row on one side is a shift (Making Data Count), it holds
    # the latest point and lies on the high side, and higher is better.
    body = item(metrics_client, org)
    assert abs(body["centre"] - 77.2 / 20) < 1e-9
    assert all(v > 77.2 / 20 for v in IMPROVING[12:])
    assert body["variation"] == "special_cause_improving"
    assert "shift_7" in body["signals"]


def test_a_concerning_shift(metrics_client: TestClient, org: str) -> None:
    seed(metrics_client, org, CONCERNING)
    # By hand: 4 x (4.4 + 4.6 + 4.5) = 54.0 and 2 x 10.2 + 6.8 = 27.2; the mean is
    # 81.2 / 20 = 4.06 and the last 8 values (3.3 to 3.5) are all below it: a shift on the
    # low side at the latest point, where higher is better.
    body = item(metrics_client, org)
    assert abs(body["centre"] - 81.2 / 20) < 1e-9
    assert body["variation"] == "special_cause_concerning"
    assert "shift_7" in body["signals"]


def test_a_small_units_value_stays_suppressed(metrics_client: TestClient, org: str) -> None:
    seed(metrics_client, org, COMMON, team="team-big")
    small = [2.37] * 20  # a value that appears nowhere else
    seed(metrics_client, org, small, team="team-small", patients=5)
    set_target(metrics_client, org, 3.0)
    response = metrics_client.get(
        "/v1/overview", params={"level": "team", "unit": "team-small"}, headers=bearer(org)
    )
    assert response.status_code == 200, response.text
    body = next(i for i in response.json()["items"] if i["metric_id"] == "feedback-mean")
    latest = body["latest"]
    assert latest["suppressed"] is True and latest["reason"] == "primary"
    assert (latest["value"], latest["numerator"], latest["denominator"], latest["n"]) == (
        None, None, None, None,
    )  # fmt: skip
    # Nothing plotted, so no icon and no limit that could echo the hidden value.
    assert body["variation"] is None and body["assurance"] is None
    assert body["centre"] is None and body["lower"] is None and body["upper"] is None
    assert "2.37" not in response.text
    # The big team's months are hidden as complements (org minus big would be the small one).
    big = item(metrics_client, org, team="team-big")
    assert big["latest"]["suppressed"] is True and big["latest"]["reason"] == "complementary"


def test_metrics_without_data_are_listed_and_domain_filters(
    metrics_client: TestClient, org: str
) -> None:
    response = metrics_client.get(
        "/v1/overview", params={"level": "team", "unit": "team-a", "domain": "engagement"},
        headers=bearer(org),
    )  # fmt: skip
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    engagement = ["kept-rate", "no-show-rate", "late-cancellation-rate"]
    engagement += ["episode-dropout-rate", "finished-course-rate", "episode-length-median"]
    assert [i["metric_id"] for i in items] == engagement
    assert all(i["latest"] is None and i["variation"] is None for i in items)
    missing = metrics_client.get("/v1/overview", params={"level": "team"}, headers=bearer(org))
    assert missing.status_code == 422


def test_a_collaboratives_overview_pools_its_members_and_refuses_outsiders(
    metrics_client: TestClient, org: str
) -> None:
    members = [org, *(f"{org}-m{i}" for i in range(1, 5))]
    cid = create(metrics_client, org)
    alone = metrics_client.get(
        "/v1/overview", params={"level": "collaborative", "unit": cid}, headers=bearer(org)
    )
    assert alone.status_code == 409 and alone.json()["type"].endswith("/too-few-members")
    admit(metrics_client, cid, org, *members)
    for member in members:
        seed(metrics_client, member, COMMON)
    query = {"level": "collaborative", "unit": cid, "domain": "experience"}
    pooled = metrics_client.get("/v1/overview", params=query, headers=bearer(org))
    assert pooled.status_code == 200, pooled.text
    mean = next(i for i in pooled.json()["items"] if i["metric_id"] == "feedback-mean")
    # Five members with the same series: the pooled mean each month is the members' value,
    # and the chart (hence the icon) is the common-cause one computed by hand above.
    assert mean["latest"]["value"] == 3.9 and mean["latest"]["rounded_to"] == 10
    assert mean["variation"] == "common_cause"
    outsider = metrics_client.get("/v1/overview", params=query, headers=bearer(f"{org}-out"))
    assert outsider.status_code == 404

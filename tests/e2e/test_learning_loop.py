"""Scenario: half a year of one organization's care flows through all three services.

An EHR and a mobile app (the synthetic driver) post patients, referrals, episodes of care,
encounters, feedback and PHQ-9s to intake and measures over HTTP; intake then holds each
episode as the generator closed it (some finished as planned, some dropped out) and publishes
it, and every session names its episode on the feed. metrics, a third real process with its
consumers on, pulls both feeds by itself until it has caught up. A QI lead then reads the
monthly kept rate, no-show rate and telehealth problem rate for the org, and each equals a
recomputation from the generator's own records, made here without any of the services' code,
published under the disclosure policy (counts rounded to 5, the share computed from the
rounded counts); so does one question's top-box share of the session feedback form. The lead
also gets a control chart and an equity view whose published cells all rest on at least 11
patients.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import httpx
import pytest

from harness.databases import throwaway_database, wait_for_server_horizon
from harness.processes import RunningService, running
from shared.auth import issue_local_token
from synthetic.driver import Driver, Endpoints
from synthetic.generator import Dataset, OrgPlan, generate

ORG = "org-e2e-loop"
PLAN = OrgPlan(org=ORG, seed=11, patients=160, weeks=20, sessions_per_patient=8)
TELEHEALTH = {"video", "phone"}


@dataclass
class Loop:
    intake: RunningService
    measures: RunningService
    metrics: RunningService
    data: Dataset


def _sync_status(metrics: RunningService) -> dict[str, dict[str, Any]]:
    token = issue_local_token(org=ORG, scope="platform:operate")
    answer = httpx.get(
        f"{metrics.url}/v1/sync/status", headers={"Authorization": f"Bearer {token}"}
    )
    answer.raise_for_status()
    return {s["source"]: s for s in answer.json()["sources"]}


def _wait_until_caught_up(metrics: RunningService, seconds: float = 120) -> dict[str, int]:
    """Both sources caught up, and nothing more applied over the next second."""
    wait_for_server_horizon()
    deadline = time.monotonic() + seconds
    previous: dict[str, int] | None = None
    while time.monotonic() < deadline:
        status = _sync_status(metrics)
        applied = {name: source["events_applied"] for name, source in status.items()}
        if all(source["caught_up"] for source in status.values()) and applied == previous:
            return applied
        previous = applied
        time.sleep(1)
    raise AssertionError(f"metrics did not catch up:\n{metrics.log()[-3000:]}")


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loop]:
    folder = tmp_path_factory.mktemp("loop")
    with ExitStack() as stack:
        urls = {
            name: stack.enter_context(throwaway_database(f"loop_{name}", folder))
            for name in ("intake", "measures", "metrics")
        }
        intake = stack.enter_context(running("intake", urls["intake"], folder))
        measures = stack.enter_context(running("measures", urls["measures"], folder))
        metrics = stack.enter_context(
            running(
                "metrics",
                urls["metrics"],
                folder,
                METRICS_INTAKE_URL=intake.url,
                METRICS_MEASURES_URL=measures.url,
                METRICS_POLL_SECONDS="0.2",
            )
        )
        data = generate(PLAN)
        token = issue_local_token(org=ORG, scope="intake:write measures:write")
        driver = Driver(Endpoints(intake.url, measures.url), token)
        try:
            driver.enable_instrument("burnout1")
            report = driver.play(data)
        finally:
            driver.close()
        assert report.refused == []
        done = _wait_until_caught_up(metrics)
        assert done["intake"] > 0 and done["measures"] > 0
        yield Loop(intake, measures, metrics, data)


def _read(loop: Loop, path: str, **params: Any) -> httpx.Response:
    token = issue_local_token(org=ORG, scope="metrics:read")
    return httpx.get(
        f"{loop.metrics.url}{path}",
        params=params,
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )


def _month(start: str) -> date:
    moment = datetime.fromisoformat(start)
    return date(moment.year, moment.month, 1)


def _recomputed(data: Dataset) -> dict[str, dict[date, tuple[int, int]]]:
    """Monthly (numerator, denominator) of three metrics, from the generator's records."""
    sums: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for e in data.encounters:
        month = _month(e["scheduled_start"])
        if e["status"] in {"fulfilled", "no-show", "cancelled-by-patient"}:
            sums["kept-rate"][month][1] += 1
            sums["no-show-rate"][month][1] += 1
            sums["kept-rate"][month][0] += e["status"] == "fulfilled"
            sums["no-show-rate"][month][0] += e["status"] == "no-show"
        if e["status"] == "fulfilled" and e["modality"] in TELEHEALTH:
            sums["telehealth-problem-rate"][month][1] += 1
            sums["telehealth-problem-rate"][month][0] += "technical_problems" in e
    return {
        metric: {month: (n, d) for month, (n, d) in by_month.items()}
        for metric, by_month in sums.items()
    }


@pytest.mark.parametrize("metric", ["kept-rate", "no-show-rate", "telehealth-problem-rate"])
def test_metrics_equal_a_recomputation_from_the_generators_records(loop: Loop, metric: str) -> None:
    expected = _recomputed(loop.data)[metric]
    answer = _read(loop, f"/v1/metrics/{metric}/values", level="org", period="month")
    assert answer.status_code == 200, answer.text
    published = {date.fromisoformat(v["period"]): v for v in answer.json()["values"]}
    assert set(published) == set(expected)
    for month, (numerator, denominator) in expected.items():
        cell = published[month]
        if cell["suppressed"]:
            assert cell["value"] is None and cell["numerator"] is None
            continue
        # Published counts are the true ones rounded to the nearest 5 (halves up), and the
        # value is the rounded numerator over the rounded denominator.
        shown = (5 * math.floor(numerator / 5 + 0.5), 5 * math.floor(denominator / 5 + 0.5))
        assert (cell["numerator"], cell["denominator"]) == shown, month
        assert cell["rounded_to"] == 5
        assert cell["value"] == pytest.approx(shown[0] / shown[1])
    assert any(not cell["suppressed"] for cell in published.values())


def test_a_qi_lead_reads_a_control_chart_and_an_equity_view(loop: Loop) -> None:
    chart = _read(loop, "/v1/metrics/kept-rate/chart", level="org", period="month")
    assert chart.status_code == 200, chart.text
    body = chart.json()
    assert body["chart"] in {"p", "pp"}
    assert body["control_chart"]["centre"] is not None
    svg = _read(loop, "/v1/metrics/kept-rate/chart.svg", level="org", period="month")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.lstrip().startswith(("<?xml", "<svg"))

    equity = _read(loop, "/v1/metrics/kept-rate/equity", by="language")
    assert equity.status_code == 200, equity.text
    groups = equity.json()["groups"]
    assert groups, equity.json()
    for group in groups:
        # At least 11 patients, published rounded to 5: at least 10.
        assert group["suppressed"] or (group["n"] >= 10 and group["n"] % 5 == 0), group


def test_a_question_top_box_share_equals_a_recomputation(loop: Loop) -> None:
    """Per-question results (issue #20): the session form's "felt-heard" item, whose top box is
    5 (services/intake/forms/session-feedback.json). Intake dates a submission by when it
    received it, so every one of them falls in this run's quarter."""
    answers = [
        f["answers"]["felt-heard"]
        for f in loop.data.feedback
        if f["form_id"] == "session-feedback" and "felt-heard" in f["answers"]
    ]
    answer = _read(
        loop, "/v1/metrics/feedback-item-top-box/values", level="org", period="quarter",
        form="session-feedback", item="felt-heard",
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    [cell] = answer.json()["values"]
    numerator, denominator = sum(1 for a in answers if a == 5), len(answers)
    shown = (5 * math.floor(numerator / 5 + 0.5), 5 * math.floor(denominator / 5 + 0.5))
    assert (cell["numerator"], cell["denominator"]) == shown
    assert cell["value"] == pytest.approx(shown[0] / shown[1])


def _intake_get(loop: Loop, path: str, **params: Any) -> dict[str, Any]:
    token = issue_local_token(org=ORG, scope="intake:read feed:read")
    answer = httpx.get(
        f"{loop.intake.url}{path}",
        params=params,
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _episodes(loop: Loop) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor: dict[str, str] = {}
    while True:
        page = _intake_get(loop, "/v1/episodes", limit=1000, **cursor)
        items += page["items"]
        if page["next_cursor"] is None:
            return items
        cursor = {"cursor": page["next_cursor"]}


def _feed(loop: Loop) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    after: dict[str, str] = {}
    while True:
        page = _intake_get(loop, "/v1/feed", limit=1000, **after)
        events += page["items"]
        if not page["has_more"]:
            return events
        after = {"after": page["next_cursor"]}


def test_intake_holds_and_publishes_each_episode_as_the_generator_closed_it(loop: Loop) -> None:
    fields = ("patient_id", "status", "service_line", "team_id", "clinician_id", "opened_on")
    fields += ("closed_on", "discharge_reason")
    expected = {e["episode_id"]: {f: e.get(f) for f in fields} for e in loop.data.episodes}
    stored = {e["episode_id"]: {f: e[f] for f in fields} for e in _episodes(loop)}
    assert stored == expected
    reasons = {e["discharge_reason"] for e in expected.values()}
    assert {"planned-completion", "dropped-out"} <= reasons
    feed = _feed(loop)
    published = {e["data"]["episode_id"]: e["data"]["status"] for e in feed
                 if e["type"] == "episode.upserted"}  # fmt: skip
    assert published == {i: e["status"] for i, e in expected.items()}
    named = {e["data"]["encounter_id"]: e["data"]["episode_id"] for e in feed
             if e["type"] == "encounter.upserted"}  # fmt: skip
    assert named == {e["encounter_id"]: e["episode_id"] for e in loop.data.encounters}

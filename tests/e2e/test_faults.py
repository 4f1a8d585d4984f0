"""Scenario: a season of care arrives while everything that can fail does, and nothing is lost.

An EHR (the synthetic driver) posts an organization's patients, referrals, encounters, feedback
and PHQ-9s in small batches, each with its own ``Idempotency-Key``, and retries every batch that
does not get an answer. While it plays:

* intake does the work of one batch but its answer is lost on the way back (the proxy in
  front of it closes the connection): the retry, same key, is answered from the stored result;
* intake is stopped (SIGTERM) for a while and started again on its port;
* measures is SIGKILLed in the middle of a batch of assessments (the proxy in front of it sees
  the request dropped), stays down for a while and is restarted on its port: the retry, same
  key, runs once the dead request's claim on the key goes stale;
* metrics is SIGKILLed (no lease released, no cursor saved past its last commit) and restarted;
* the intake feed, which metrics reads through a faulty proxy, answers 500s, then hangs past
  metrics' timeout, before it recovers.

When metrics has caught up, intake and measures hold exactly the generator's records, metrics'
facts are exactly the generator's records, its metric values equal a recomputation from them,
and an admin rebuild from the feeds gives the same facts and values. Separately, many
concurrent identical POSTs with one ``Idempotency-Key`` create one record on every service.
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from harness.databases import throwaway_database, wait_for_server_horizon
from harness.processes import (
    RunningService,
    free_port,
    kill,
    restart,
    service_env,
    start,
    stop,
)
from services.intake.app import MIGRATIONS as INTAKE_MIGRATIONS
from services.measures.app import MIGRATIONS as MEASURES_MIGRATIONS
from services.metrics.app import MIGRATIONS as METRICS_MIGRATIONS
from shared.auth import issue_local_token
from shared.migrations import upgrade
from synthetic.driver import Driver, DriveReport, Endpoints
from synthetic.generator import Dataset, OrgPlan, generate
from tests.e2e.test_learning_loop import _recomputed
from tests.metrics.rounding import rounded
from tests.support.faulty_proxy import FaultyProxy, faulty_proxy
from tests.support.rows import org_count, org_rows

ORG = "org-e2e-faults"
PLAN = OrgPlan(org=ORG, seed=23, patients=60, weeks=12, sessions_per_patient=6)
CHUNK = 10
METRICS = ("kept-rate", "no-show-rate", "telehealth-problem-rate")
OUTAGE_SECONDS = 1.5
MIGRATIONS = {
    "intake": INTAKE_MIGRATIONS,
    "measures": MEASURES_MIGRATIONS,
    "metrics": METRICS_MIGRATIONS,
}
# A key whose request died with its process answers 409 for this long (shared/idempotency/store.py).
IN_FLIGHT_SECONDS = "2"


@dataclass
class Cluster:
    """The running services, addressed through the current process of each."""

    urls: dict[str, str]
    ports: dict[str, int]
    services: dict[str, RunningService] = field(default_factory=dict)

    def url(self, name: str) -> str:
        return self.services[name].url


@dataclass
class FaultRun:
    cluster: Cluster
    data: Dataset
    report: DriveReport
    seen: dict[str, Any]


def _admin() -> dict[str, str]:
    return {"Authorization": f"Bearer {issue_local_token(org=ORG, scope='platform:operate')}"}


def _sync_status(cluster: Cluster) -> dict[str, dict[str, Any]]:
    answer = httpx.get(f"{cluster.url('metrics')}/v1/sync/status", headers=_admin(), timeout=10)
    answer.raise_for_status()
    return {s["source"]: s for s in answer.json()["sources"]}


def _wait(condition: Callable[[], bool], seconds: float, what: str, step: float = 0.005) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(step)


def _wait_until_caught_up(cluster: Cluster, seconds: float = 60) -> None:
    """Both sources caught up, and nothing more applied over the next half second."""
    wait_for_server_horizon()
    deadline = time.monotonic() + seconds
    previous = None
    while time.monotonic() < deadline:
        status = _sync_status(cluster)
        applied = {name: s["events_applied"] for name, s in status.items()}
        if all(s["caught_up"] for s in status.values()) and applied == previous:
            return
        previous = applied
        time.sleep(0.5)
    raise AssertionError(f"metrics did not catch up:\n{cluster.services['metrics'].log()[-3000:]}")


def _metrics_faults(cluster: Cluster, feed: FaultyProxy, seen: dict[str, Any]) -> None:
    """Kill metrics, bring it back, then make the intake feed fail and hang."""
    time.sleep(0.5)
    kill(cluster.services["metrics"])
    time.sleep(0.3)
    cluster.services["metrics"] = restart(cluster.services["metrics"], timeout=90)
    seen["metrics_restarted"] = True

    def last_error() -> str:
        return _sync_status(cluster)["intake"]["last_error"] or ""

    feed.set("error")
    _wait(lambda: last_error().startswith("server_error"), 15, "a recorded 500", step=0.1)
    seen["feed_error"] = last_error()
    feed.set("hang")
    _wait(lambda: last_error().startswith("timeout"), 15, "a recorded timeout", step=0.1)
    seen["feed_timeout"] = last_error()
    feed.set("pass")


def _kill_mid_batch(cluster: Cluster, name: str, proxy: FaultyProxy, seen: dict[str, Any]) -> None:
    """SIGKILL a service while it works on a batch, keep it down for a while, start it again;
    try again until a kill lands in the middle of a request (the proxy sees it dropped)."""
    for attempt in range(6):
        seen[f"{name}_kills"] = attempt + 1
        failures = proxy.upstream_failures
        _wait(lambda: proxy.in_flight > 0, 30, "a batch in flight", step=0.0005)
        kill(cluster.services[name])
        time.sleep(OUTAGE_SECONDS)
        cluster.services[name] = restart(cluster.services[name], timeout=90)
        if proxy.upstream_failures > failures:
            seen[f"{name}_killed_mid_batch"] = True
            return


def _outage(cluster: Cluster, name: str, report: DriveReport, seen: dict[str, Any]) -> None:
    """Stop a service (SIGTERM: it finishes what it is doing) for a while, then start it."""
    retries = report.retries
    stop(cluster.services[name])
    time.sleep(OUTAGE_SECONDS)
    cluster.services[name] = restart(cluster.services[name], timeout=90)
    seen[f"{name}_outage_retries"] = report.retries - retries


def _intake_batches(data: Dataset) -> int:
    counts = data.counts()
    return sum(math.ceil(counts[name] / CHUNK) for name in counts if name != "assessments")


def _start_all(cluster: Cluster, envs: dict[str, dict[str, str]], folder: Path) -> None:
    """Migrate in this process and boot the three services at once (boots are the slow part)."""
    for name in envs:
        upgrade(MIGRATIONS[name], cluster.urls[name])
    with ThreadPoolExecutor(len(envs)) as pool:
        booted = {
            name: pool.submit(start, name, env, folder, port=cluster.ports[name], timeout=90)
            for name, env in envs.items()
        }
        for name, future in booted.items():
            cluster.services[name] = future.result()


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultRun]:
    folder = tmp_path_factory.mktemp("faults")
    with ExitStack() as stack:
        urls = {
            name: stack.enter_context(throwaway_database(f"faults_{name}", folder))
            for name in ("intake", "measures", "metrics")
        }
        cluster = Cluster(urls, ports={name: free_port() for name in urls})
        stack.callback(lambda: [stop(s) for s in cluster.services.values()])
        base = {name: f"http://127.0.0.1:{port}" for name, port in cluster.ports.items()}
        to_measures = stack.enter_context(faulty_proxy(base["measures"]))
        feed = stack.enter_context(faulty_proxy(base["intake"]))
        in_flight = {
            f"{name.upper()}_IDEMPOTENCY_IN_FLIGHT_SECONDS": IN_FLIGHT_SECONDS
            for name in ("intake", "measures")
        }
        envs = {
            "intake": service_env("intake", urls["intake"], **in_flight),
            "measures": service_env("measures", urls["measures"], **in_flight),
            "metrics": service_env(
                "metrics",
                urls["metrics"],
                METRICS_INTAKE_URL=feed.url,
                METRICS_MEASURES_URL=base["measures"],
                METRICS_POLL_SECONDS="0.2",
                METRICS_REQUEST_TIMEOUT_SECONDS="1",
                METRICS_BACKOFF_MAX_SECONDS="1",
                METRICS_LEASE_SECONDS="2",
            ),
        }
        _start_all(cluster, envs, folder)
        to_intake = stack.enter_context(faulty_proxy(base["intake"]))

        data = generate(PLAN)
        token = issue_local_token(org=ORG, scope="intake:write measures:write")
        driver = Driver(
            Endpoints(to_intake.url, to_measures.url), token, give_up_after=60, chunk=CHUNK
        )
        stack.callback(driver.close)
        driver.enable_instrument("burnout1")
        seen: dict[str, Any] = {}
        played: dict[str, Any] = {}

        def play() -> None:
            try:
                played["report"] = driver.play(data)
            except BaseException as error:  # reported by the assertion below
                played["error"] = error

        player = threading.Thread(target=play, name="driver")
        metrics_faults = threading.Thread(
            target=_metrics_faults, args=(cluster, feed, seen), name="metrics-faults"
        )
        player.start()
        metrics_faults.start()

        _wait(lambda: driver.report.batches >= 2, 60, "the first batches")
        to_intake.set("lose-answer")
        _wait(lambda: to_intake.answers_lost >= 1, 30, "a lost answer")
        seen["intake_answer_lost"] = True
        _wait(lambda: to_intake.replays >= 1, 30, "the lost answer replayed to the retry")
        to_intake.set("pass")
        seen["intake_phase_at_outage"] = driver.report.batches < _intake_batches(data)
        _outage(cluster, "intake", driver.report, seen)
        _wait(
            lambda: driver.report.batches > _intake_batches(data) or "error" in played,
            60,
            "the driver to reach measures",
        )
        retries = driver.report.retries
        _kill_mid_batch(cluster, "measures", to_measures, seen)
        seen["measures_phase_at_outage"] = player.is_alive()
        player.join(90)
        seen["measures_outage_retries"] = driver.report.retries - retries
        metrics_faults.join(60)
        assert "error" not in played, played.get("error")
        assert not player.is_alive() and not metrics_faults.is_alive()
        _wait_until_caught_up(cluster)
        yield FaultRun(cluster, data, played["report"], seen)


def test_every_fault_was_injected_while_the_driver_played(run: FaultRun) -> None:
    seen = run.seen
    assert seen.get("measures_killed_mid_batch"), "no kill landed in the middle of a batch"
    assert seen["intake_answer_lost"]
    assert seen["intake_phase_at_outage"] and seen["measures_phase_at_outage"]
    assert seen["intake_outage_retries"] > 0 and seen["measures_outage_retries"] > 0
    assert seen["metrics_restarted"]
    assert seen["feed_error"].startswith("server_error")
    assert seen["feed_timeout"].startswith("timeout")
    assert run.report.refused == []


def test_intake_and_measures_hold_exactly_the_generators_records(run: FaultRun) -> None:
    urls, counts = run.cluster.urls, run.data.counts()
    for table, name in (
        ("patients", "patients"),
        ("referrals", "referrals"),
        ("encounters", "encounters"),
        ("feedback", "feedback"),
    ):
        assert org_count(urls["intake"], table, org=ORG) == counts[name], table
    assert org_count(urls["measures"], "assessments", org=ORG) == counts["assessments"]


def _facts(run: FaultRun) -> dict[str, list[dict[str, Any]]]:
    return org_rows(run.cluster.urls["metrics"], org=ORG, prefix="fact_", drop=("event_time",))


def test_metrics_facts_are_exactly_the_generators_records(run: FaultRun) -> None:
    facts, data = _facts(run), run.data
    assert {r["patient_id"]: r["language"] for r in facts["fact_patients"]} == {
        p["patient_id"]: p["preferred_language"] for p in data.patients
    }
    assert {r["referral_id"]: r["received_on"] for r in facts["fact_referrals"]} == {
        r["referral_id"]: date.fromisoformat(r["received_on"]) for r in data.referrals
    }
    assert {
        r["encounter_id"]: (r["status"], r["modality"], r["technical_problem"])
        for r in facts["fact_encounters"]
    } == {
        e["encounter_id"]: (e["status"], e["modality"], "technical_problems" in e)
        for e in data.encounters
    }
    assert Counter((r["form_id"], r["encounter_id"]) for r in facts["fact_feedback"]) == Counter(
        (f["form_id"], f["encounter_id"]) for f in data.feedback
    )
    assert {r["assessment_id"]: r["total"] for r in facts["fact_assessments"]} == {
        a["assessment_id"]: sum(a["answers"].values()) for a in data.assessments
    }


def _values(run: FaultRun, metric: str) -> list[dict[str, Any]]:
    token = issue_local_token(org=ORG, scope="metrics:read")
    answer = httpx.get(
        f"{run.cluster.url('metrics')}/v1/metrics/{metric}/values",
        params={"level": "org", "period": "month"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    # A failure shows the service's last log lines: the answer alone names only a request id.
    assert answer.status_code == 200, (answer.text, run.cluster.services["metrics"].log()[-3000:])
    return answer.json()["values"]


def _assert_values_match_the_records(run: FaultRun, metric: str) -> bool:
    """Every published cell equals the recomputation; True when some cell is published."""
    expected = _recomputed(run.data)[metric]
    published = {date.fromisoformat(v["period"]): v for v in _values(run, metric)}
    assert set(published) == set(expected)
    for month, (numerator, denominator) in expected.items():
        cell = published[month]
        if not cell["suppressed"]:
            # Published under the disclosure policy (rounded counts); the facts themselves are
            # checked exactly against the records above.
            assert (cell["numerator"], cell["denominator"]) == (
                rounded(numerator), rounded(denominator),
            ), month  # fmt: skip
    return any(not cell["suppressed"] for cell in published.values())


def test_metric_values_equal_a_recomputation_from_the_records(run: FaultRun) -> None:
    published = [_assert_values_match_the_records(run, metric) for metric in METRICS]
    assert published[:2] == [True, True]  # the rarer telehealth problems may all be suppressed


def test_a_rebuild_from_the_feeds_equals_the_incremental_state(run: FaultRun) -> None:
    before_facts = _facts(run)
    before_values = {metric: _values(run, metric) for metric in METRICS}
    answer = httpx.post(
        f"{run.cluster.url('metrics')}/v1/admin/rebuild", headers=_admin(), timeout=120
    )
    assert answer.status_code == 200, answer.text
    rebuilt = answer.json()["facts"]
    assert rebuilt["fact_encounters"] >= len(run.data.encounters)
    assert _facts(run) == before_facts
    assert {metric: _values(run, metric) for metric in METRICS} == before_values
    assert all(_assert_values_match_the_records(run, metric) for metric in METRICS[:2])


CONCURRENT = 24


def _same_post_many_times(url: str, body: dict[str, Any], org: str, scope: str) -> list[Any]:
    """``CONCURRENT`` clients send the same POST with the same key at once; each keeps retrying
    while the first is in flight (409), as the protocol asks."""
    headers = {
        "Authorization": f"Bearer {issue_local_token(org=org, scope=scope)}",
        "Idempotency-Key": f"same-key-{org}",
    }
    barrier = threading.Barrier(CONCURRENT)

    def send(_: int) -> tuple[int, Any, bool]:
        barrier.wait()
        for _attempt in range(200):
            response = httpx.post(url, json=body, headers=headers, timeout=30)
            if response.status_code != 409:
                replayed = response.headers.get("idempotent-replayed") == "true"
                return response.status_code, response.json(), replayed
            time.sleep(0.02)
        raise AssertionError("the key stayed in flight")

    with ThreadPoolExecutor(CONCURRENT) as pool:
        return list(pool.map(send, range(CONCURRENT)))


@pytest.mark.parametrize(
    ("service", "path", "table", "scope", "body"),
    [
        (
            "intake",
            "/v1/feedback",
            "feedback",
            "intake:write",
            {
                "form_id": "session-feedback",
                "answers": {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9},
            },
        ),
        (
            "measures",
            "/v1/assessments",
            "assessments",
            "measures:write",
            {
                "instrument_id": "phq9",
                "patient_id": "pt-same-key",
                "answers": {f"phq9_{i}": 1 for i in range(1, 10)},
                "completed_at": "2026-03-02T10:00:00Z",
            },
        ),
        (
            "metrics",
            "/v1/interventions",
            "improvement_cycles",  # an intervention is a project's cycle (#21)
            "metrics:write",
            {
                "metric_id": "no-show-rate",
                "level": "org",
                "started_on": "2026-03-02",
                "title": "Text reminders 48 h before",
            },
        ),
    ],
)
def test_concurrent_retries_with_one_key_create_one_record(
    run: FaultRun, service: str, path: str, table: str, scope: str, body: dict[str, Any]
) -> None:
    org = f"org-same-key-{service}"
    answers = _same_post_many_times(f"{run.cluster.url(service)}{path}", body, org, scope)
    assert {status for status, _, _ in answers} == {201}, answers[0]
    assert len({repr(sorted(answer.items())) for _, answer, _ in answers}) == 1
    assert sum(replayed for _, _, replayed in answers) == CONCURRENT - 1
    assert org_count(run.cluster.urls[service], table, org=org) == 1

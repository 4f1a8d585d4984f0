"""Scenario: the safety loop across the three real services, in real time.

An organization sets a one-minute acknowledgement deadline for urgent alerts and registers a
supervisor's webhook for escalations (a small local receiver). PHQ-9s with item 9 above 0 raise
urgent alerts for thirty patients; clinicians act on most of them (safety plans, risk
assessments, contacts; some close the alert, one closes it as reviewed with no action needed),
and leave the rest untouched. Meanwhile staff report safety events to intake, some anonymously,
and reviewers review some. Then:

* each untouched alert escalates exactly once, by the feed and by the webhook; acted-on alerts
  never do;
* metrics' safety metrics at org level equal a recomputation from what was sent (under the
  disclosure policy: counts rounded to 5, shares from the rounded counts);
* no narrative and no reporter reaches either feed, any service's log, or metrics;
* metrics read both feeds all along with 4-second tokens from a local OAuth2 token endpoint
  (client credentials), renewed as they expired.

The escalation's timing against a moved clock, and two replicas racing, are measures' own
tests (tests/measures); here the clock is the real one, so the test waits out the minute
while the rest of the loop runs.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from harness.cluster import three_services, wait_caught_up
from harness.processes import RunningService
from tests.e2e.safety_scenario import (
    EVENTS,
    FOLLOWED_UP,
    KEPT_SESSIONS,
    ORG,
    PATIENTS,
    TODAY,
    UNTOUCHED,
    Loop,
    Supervisor,
    act,
    care_and_reports,
    headers,
    ok,
    raise_alerts,
)  # fmt: skip
from tests.support.token_endpoint import CLIENT_ID, CLIENT_SECRET, TokenEndpoint, token_endpoint
from tests.support.webhook_receiver import Receiver, free_port, receiving

TOKEN_SECONDS = 4


@pytest.fixture(scope="module")
def supervisor() -> Iterator[Supervisor]:
    with receiving(Receiver(port=free_port(), default=204)) as receiver:
        yield Supervisor(receiver)


@pytest.fixture(scope="module")
def provider() -> Iterator[TokenEndpoint]:
    """The identity provider metrics gets its feed tokens from: they live 4 seconds, so the
    minute this scenario waits out spans a dozen of them."""
    with token_endpoint(lifetime=TOKEN_SECONDS) as running:
        yield running


@pytest.fixture(scope="module")
def services(
    tmp_path_factory: pytest.TempPathFactory, provider: TokenEndpoint
) -> Iterator[dict[str, RunningService]]:
    measures_env = {
        "MEASURES_WEBHOOKS_ALLOW_PRIVATE_TARGETS": "true",
        "MEASURES_WEBHOOKS_POLL_SECONDS": "0.5",
        "MEASURES_ESCALATION_POLL_SECONDS": "1",
    }
    metrics_env = {
        "METRICS_FEED_TOKEN_URL": provider.url,
        "METRICS_FEED_CLIENT_ID": CLIENT_ID,
        "METRICS_FEED_CLIENT_SECRET": CLIENT_SECRET,
    }
    with three_services(
        Path(tmp_path_factory.mktemp("safety_loop")),
        "safety",
        {"measures": measures_env, "metrics": metrics_env},
    ) as running:
        yield running


@pytest.fixture(scope="module")
def loop(services: dict[str, RunningService], supervisor: Supervisor) -> Loop:
    loop = Loop(services, supervisor)
    raise_alerts(loop)
    act(loop)
    care_and_reports(loop)
    deadline = time.monotonic() + 150  # the one-minute deadline, the worker's pass, delivery
    while len(supervisor.escalated()) < len(UNTOUCHED) and time.monotonic() < deadline:
        time.sleep(1)
    time.sleep(3)  # a second escalation of the same deadline would have come by now
    wait_caught_up(services["metrics"], ORG, seconds=120)
    return loop


def _feed(loop: Loop, service: str) -> list[dict[str, Any]]:
    events, after = [], None
    while True:
        params = {"limit": 1000, **({"after": after} if after else {})}
        page = ok(httpx.get(loop.url(service, "/v1/feed"), params=params,
                             headers=headers("feed:read")))  # fmt: skip
        events += page["items"]
        after = page["next_cursor"]
        if not page["has_more"]:
            return events


def test_each_untouched_alert_escalates_once_by_feed_and_webhook(loop: Loop) -> None:
    untouched = sorted(loop.alerts[p]["alert_id"] for p in UNTOUCHED)
    assert loop.supervisor.escalated() == untouched
    feed = _feed(loop, "measures")
    escalated = [e["data"] for e in feed if e["type"] == "alert.escalated"]
    assert sorted(e["alert_id"] for e in escalated) == untouched
    assert {e["deadline"] for e in escalated} == {"acknowledge"}
    closed = {e["data"]["alert_id"] for e in feed if e["type"] == "alert.closed"}
    expected_closed = {loop.alerts[p]["alert_id"] for p, (_, c) in loop.actions.items() if c}
    assert closed == expected_closed
    for patient in UNTOUCHED:
        path = f"/v1/alerts/{loop.alerts[patient]['alert_id']}"
        alert = ok(httpx.get(loop.url("measures", path), headers=headers()))
        assert alert["status"] == "open"


def _published(loop: Loop, metric: str) -> dict[str, Any]:
    answer = httpx.get(
        loop.url("metrics", f"/v1/metrics/{metric}/values"),
        params={"level": "org", "period": "month"},
        headers=headers("metrics:read"), timeout=30,
    )  # fmt: skip
    values = ok(answer)["values"]
    this_month = TODAY.date().replace(day=1).isoformat()
    return next(v for v in values if v["period"] == this_month)


def _rounded(count: int) -> int:
    return 5 * int(count / 5 + 0.5)


def _expected(loop: Loop) -> dict[str, tuple[int, int]]:
    """(numerator, denominator) of each safety metric, from what the test sent."""
    acted = len(loop.actions)
    plans = sum(a in ("safety-plan-made", "safety-plan-updated") for a, _ in loop.actions.values())
    near_misses = sum(e["kind"] == "near-miss" for e in loop.events)
    moderate = sum(count for _, harm, count in EVENTS if harm == "moderate")
    return {
        "critical-alert-acknowledged-24h": (acted, len(PATIENTS)),
        "critical-alert-actioned-24h": (acted, len(PATIENTS)),
        "critical-alert-escalated": (len(UNTOUCHED), len(PATIENTS)),
        "critical-alert-safety-plan": (plans, len(PATIENTS)),
        "critical-alert-follow-up-7d": (len(FOLLOWED_UP), len(PATIENTS)),
        "safety-event-near-miss-share": (near_misses, len(loop.events)),
        "safety-event-harm-moderate": (moderate, len(loop.events)),
        "safety-event-reporting-rate": (len(loop.events), KEPT_SESSIONS),
    }


@pytest.mark.parametrize(
    "metric",
    [
        "critical-alert-acknowledged-24h",
        "critical-alert-actioned-24h",
        "critical-alert-escalated",
        "critical-alert-safety-plan",
        "critical-alert-follow-up-7d",
        "safety-event-near-miss-share",
        "safety-event-harm-moderate",
        "safety-event-reporting-rate",
    ],
)
def test_safety_metrics_equal_a_recomputation_from_what_was_sent(loop: Loop, metric: str) -> None:
    numerator, denominator = _expected(loop)[metric]
    cell = _published(loop, metric)
    assert not cell["suppressed"], cell
    shown = (_rounded(numerator), _rounded(denominator))
    assert (cell["numerator"], cell["denominator"]) == shown, cell
    per = 1000 if metric == "safety-event-reporting-rate" else 1
    assert cell["value"] == pytest.approx(shown[0] / shown[1] * per)


def test_no_narrative_and_no_reporter_leaves_intake(loop: Loop) -> None:
    feeds = json.dumps(_feed(loop, "intake")) + json.dumps(_feed(loop, "measures"))
    safety = [json.loads(json.dumps(e)) for e in _feed(loop, "intake")
              if e["type"] == "safety_event.upserted"]  # fmt: skip
    assert len({e["data"]["safety_event_id"] for e in safety}) == len(loop.events)
    assert {e["data"]["anonymous_report"] for e in safety} == {True, False}
    for marker in ("NARRATIVE-MARKER", "REPORTER-MARKER"):
        assert marker not in feeds
        for name, service in loop.services.items():
            assert marker not in service.log(), name
    catalog = ok(httpx.get(loop.url("metrics", "/v1/metrics"), headers=headers("metrics:read")))
    assert "MARKER" not in json.dumps(catalog)


def test_metrics_read_the_feeds_with_client_credential_tokens_renewed_as_they_expired(
    loop: Loop, provider: TokenEndpoint
) -> None:
    """In production metrics gets its feed token from the identity provider (OAuth2 client
    credentials). Everything above reached metrics across a dozen token lifetimes: each was
    renewed before it expired, none was refused, and the client secret is in no log."""
    assert len(provider.issued) >= 5, len(provider.issued)
    assert len(set(provider.issued)) == len(provider.issued)
    assert provider.refused == 0
    log = loop.services["metrics"].log()
    assert "refused the read with 401" not in log, log[-2000:]
    assert CLIENT_SECRET not in log

"""Scenario: a small org's care flows through the three real services, with a patient's comment
in their own words, and nothing of it reaches a log.

shared/logging.py promises that logs never carry bodies, query strings or raw paths (the access
log names the route template), and the comment form promises its text is never logged. So the
driver plays a dataset plus a free-text comment holding a unique marker, a clinician reads each
patient-level route with real ids in the path and the query, a vendor sends a refused body that
holds the marker, and metrics consumes both feeds. Then no service's log holds the marker, any
patient id, or a patient field (birth year, demographic codes): only route templates.
"""

from __future__ import annotations

import json
import time
import uuid
from contextlib import ExitStack

import httpx
import pytest

from harness.databases import throwaway_database, wait_for_server_horizon
from harness.processes import running
from shared.auth import issue_local_token
from synthetic.driver import Driver, Endpoints
from synthetic.generator import OrgPlan, generate
from tests.support.tokens import EVERY_SCOPE

ORG = "org-logs"
PLAN = OrgPlan(org=ORG, seed=31, patients=15, weeks=6, sessions_per_patient=3)


def test_no_log_line_carries_patient_data_or_free_text(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("logs")
    marker = f"MARKER-{uuid.uuid4().hex}"
    data = generate(PLAN)
    first = data.patients[0]
    data.feedback.append(
        {
            "submission_id": f"comment-{marker[-8:]}",
            "form_id": "comment",
            "patient_id": first["patient_id"],
            "answers": {"comment": f"My neighbour {marker} should not know I come here."},
        }
    )
    with ExitStack() as stack:
        urls = {
            name: stack.enter_context(throwaway_database(f"logs_{name}", folder))
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
        token = issue_local_token(org=ORG, scope="intake:write measures:write")
        driver = Driver(Endpoints(intake.url, measures.url), token)
        try:
            driver.enable_instrument("burnout1")
            assert driver.play(data).refused == []
        finally:
            driver.close()

        patient = first["patient_id"]
        reading = issue_local_token(org=ORG, sub="dr-reads", scope=EVERY_SCOPE)
        reader = {"Authorization": f"Bearer {reading}"}
        reads = [
            f"{intake.url}/v1/patients/{patient}",
            f"{intake.url}/v1/patients?limit=5",
            f"{intake.url}/v1/encounters?patient_id={patient}",
            f"{measures.url}/v1/patients/{patient}/trajectory?instrument=phq9",
            f"{measures.url}/fhir/Observation?patient={patient}",
            f"{measures.url}/v1/alerts?patient_id={patient}",
            f"{intake.url}/v1/patients/{patient}-{marker}",  # a 404 with the marker in the path
        ]
        for url in reads:
            assert httpx.get(url, headers=reader, timeout=30).status_code < 500, url
        refused = httpx.put(
            f"{intake.url}/v1/patients/{patient}",
            json={"birth_year": marker, "sex": marker},
            headers=reader,
            timeout=30,
        )
        assert refused.status_code == 422
        assert marker not in refused.text  # problems never echo the rejected input
        _wait_until_caught_up(metrics.url)
        logs = {s.name: s.log() for s in (intake, measures, metrics)}

    assert all(logs.values())
    assert "/v1/patients/{patient_id}" in logs["intake"]  # route templates are what is logged
    for name, text in logs.items():
        assert marker not in text, name
        assert "birth_year" not in text, name
        for p in data.patients:
            assert p["patient_id"] not in text, (name, p["patient_id"])
        for line in text.splitlines():
            record = json.loads(line)  # every line is structured JSON, nothing printed raw
            assert record.get("route", "").count("pt-") == 0, (name, record)


def _wait_until_caught_up(url: str, seconds: float = 60) -> None:
    wait_for_server_horizon()
    headers = {"Authorization": f"Bearer {issue_local_token(org=ORG, scope='platform:operate')}"}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        sources = httpx.get(f"{url}/v1/sync/status", headers=headers, timeout=10).json()
        if all(s["caught_up"] for s in sources["sources"]):
            return
        time.sleep(0.5)
    raise AssertionError("metrics did not catch up")

"""Scenario: an integrator uses the committed generated Python clients.

They put ``clients/python/<service>/`` on their path (or ``pip install`` it), import the
packages, and with them: store a patient and a kept video session in intake, post a PHQ-9 to
measures and read the patient's trajectory back, then read the metric catalog from metrics. Real
processes, real HTTP. tests/contract/test_generated_clients.py keeps the committed packages
identical to what the generator makes of the committed snapshots, so this drives those.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from types import ModuleType
from typing import Any

import pytest

from harness.clients import PYTHON_CLIENTS, SERVICES, python_package
from harness.databases import throwaway_database
from harness.processes import RunningService, running
from shared.auth import issue_local_token

ORG = "org-generated-client"
PHQ9 = {f"phq9_{i}": v for i, v in enumerate([2, 2, 1, 1, 1, 1, 1, 0, 0], start=1)}


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, Any]]:
    """The committed packages, importable as ``learning_loop_<service>_client``."""
    folders = [str(PYTHON_CLIENTS / service) for service in SERVICES]
    sys.path[:0] = folders
    try:
        yield {s: importlib.import_module(python_package(s)) for s in SERVICES}
    finally:
        for folder in folders:
            sys.path.remove(folder)
        packages = {python_package(s) for s in SERVICES}
        for name in [m for m in sys.modules if m.split(".")[0] in packages]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, RunningService]]:
    folder = tmp_path_factory.mktemp("generated-services")
    with ExitStack() as stack:
        started = {}
        for name in SERVICES:
            url = stack.enter_context(throwaway_database(f"gen_{name}", folder))
            extra = {"METRICS_CONSUMER_ENABLED": "false"} if name == "metrics" else {}
            started[name] = stack.enter_context(running(name, url, folder, **extra))
        yield started


def _module(package: ModuleType, dotted: str) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.{dotted}")


def _client(package: ModuleType, service: RunningService) -> Any:
    token = issue_local_token(
        org=ORG, scope="intake:write intake:read measures:write measures:read metrics:read"
    )
    return package.AuthenticatedClient(base_url=service.url, token=token)


def test_generated_clients_drive_intake_and_measures(
    clients: dict[str, ModuleType], services: dict[str, RunningService]
) -> None:
    intake, measures = clients["intake"], clients["measures"]
    with _client(intake, services["intake"]) as client:
        patient_in = _module(intake, "models.patient_in").PatientIn
        put_patient = _module(intake, "api.patients.patients_put_patient")
        stored = put_patient.sync_detailed(
            "pt-gen-1",
            client=client,
            body=patient_in.from_dict({"birth_year": 1990, "preferred_language": "es"}),
        )
        assert stored.status_code == 201
        assert stored.parsed.patient_id == "pt-gen-1"

        encounter_in = _module(intake, "models.encounter_in").EncounterIn
        put_encounter = _module(intake, "api.encounters.encounters_put_encounter")
        kept = put_encounter.sync_detailed(
            "enc-gen-1",
            client=client,
            body=encounter_in.from_dict(
                {
                    "patient_id": "pt-gen-1",
                    "clinician_id": "clin-1",
                    "site_id": "site-a",
                    "service_line": "adult-outpatient",
                    "modality": "video",
                    "status": "fulfilled",
                    "scheduled_start": "2026-11-20T15:00:00-05:00",
                    "actual_start": "2026-11-20T15:01:00-05:00",
                    "actual_end": "2026-11-20T15:50:00-05:00",
                }
            ),
        )
        assert kept.status_code == 201
        assert kept.parsed.fhir_encounter_status == "finished"

    with _client(measures, services["measures"]) as client:
        assessment_in = _module(measures, "models.assessment_in").AssessmentIn
        post = _module(measures, "api.assessments.assessments_post_assessment")
        scored = post.sync_detailed(
            client=client,
            body=assessment_in.from_dict(
                {
                    "patient_id": "pt-gen-1",
                    "instrument_id": "phq9",
                    "completed_at": "2026-11-20T14:30:00Z",
                    "answers": PHQ9,
                }
            ),
            idempotency_key="gen-client-phq9-1",
        )
        assert scored.status_code == 201
        assert scored.parsed.score.total == sum(PHQ9.values())

        trajectory = _module(measures, "api.trajectories.trajectories_get_trajectory")
        answer = trajectory.sync_detailed("pt-gen-1", client=client, instrument="phq9")
        assert answer.status_code == 200
        assert [point.total for point in answer.parsed.points] == [sum(PHQ9.values())]


def test_generated_client_reads_the_metric_catalog(
    clients: dict[str, ModuleType], services: dict[str, RunningService]
) -> None:
    metrics = clients["metrics"]
    with _client(metrics, services["metrics"]) as client:
        catalog = _module(metrics, "api.metrics.metrics_list_metrics")
        answer = catalog.sync_detailed(client=client)
        assert answer.status_code == 200
        ids = {definition.metric_id for definition in answer.parsed.items}
        assert {"kept-rate", "no-show-rate", "mbc-reliable-improvement"} <= ids

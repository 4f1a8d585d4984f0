"""Every read of patient-level data, on every service, leaves an audit entry: who, which patient,
which route (HIPAA 45 CFR 164.312(b); shared/audit.py).

Which routes are patient-level is read from the live OpenAPI documents: a GET whose answer
carries a ``patient_id`` (in its own body or its items), plus the FHIR searches, whose answers
name the patient as a FHIR reference instead. A new route of that kind is covered without
editing this file; the first test fails if it has no concrete call here. metrics answers with
aggregates only, but for the due list (patients due a measurement at check-in), audited too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from starlette.testclient import TestClient

from services.intake import models as intake_models
from services.measures import models as measures_models
from services.metrics import models as metrics_models
from tests.security.test_other_orgs_ids import org_a
from tests.support.tokens import bearer

FHIR_PATIENT_SEARCHES = {
    ("measures", "/fhir/Observation"),
    ("measures", "/fhir/Observation/{observation_id}"),
}
# The change feeds carry pseudonymous patient ids too, but they replicate between systems under
# `feed:read` (metrics reads every page, every few seconds): a read is in the access log, not
# audited per patient, as a page holds up to 1,000 events. The README's audit section says so.
FEEDS = {("intake", "/v1/feed"), ("measures", "/v1/feed")}
# A concrete call for each patient-level route, with org A's ids (see test_other_orgs_ids).
CALLS = {
    ("intake", "/v1/patients/{patient_id}"): ("/v1/patients/p-1", "p-1"),
    ("intake", "/v1/patients"): ("/v1/patients", "p-1"),
    ("intake", "/v1/referrals/{referral_id}"): ("/v1/referrals/r-1", "p-1"),
    ("intake", "/v1/referrals"): ("/v1/referrals", "p-1"),
    ("intake", "/v1/encounters/{encounter_id}"): ("/v1/encounters/e-1", "p-1"),
    ("intake", "/v1/encounters"): ("/v1/encounters", "p-1"),
    ("intake", "/v1/episodes/{episode_id}"): ("/v1/episodes/ep-1", "p-1"),
    ("intake", "/v1/episodes"): ("/v1/episodes", "p-1"),
    ("intake", "/v1/feedback/{feedback_id}"): ("/v1/feedback/{feedback_id}", "p-1"),
    ("intake", "/v1/feedback"): ("/v1/feedback", "p-1"),
    ("intake", "/v1/safety-events/{safety_event_id}"): ("/v1/safety-events/se-1", "p-1"),
    ("intake", "/v1/safety-events"): ("/v1/safety-events", "p-1"),
    ("measures", "/v1/assessments/{assessment_id}"): (
        "/v1/assessments/{assessment_id}",
        "{patient_id}",
    ),
    ("measures", "/v1/patients/{patient_id}/trajectory"): (
        "/v1/patients/{patient_id}/trajectory?instrument=phq9",
        "{patient_id}",
    ),
    ("measures", "/v1/alerts"): ("/v1/alerts?status=all", "{patient_id}"),
    ("measures", "/v1/alerts/{alert_id}"): ("/v1/alerts/{alert_id}", "{patient_id}"),
    ("measures", "/fhir/Observation"): ("/fhir/Observation?patient={patient_id}", "{patient_id}"),
    ("measures", "/fhir/Observation/{observation_id}"): (
        "/fhir/Observation/{observation_id}",
        "{patient_id}",
    ),
    # metrics' one patient-level read: the due list at check-in (issue #17).
    ("metrics", "/v1/due-measurements"): ("/v1/due-measurements?date=2026-03-16", "{patient_id}"),
}
AUDIT_TABLES = {
    "intake": intake_models.audit_log,
    "measures": measures_models.audit_log,
    "metrics": metrics_models.audit_log,
}


def _names_patient(schema: Any, components: dict[str, Any], seen: frozenset[str]) -> bool:
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if ref:
            name = ref.rsplit("/", 1)[1]
            return name not in seen and _names_patient(components[name], components, seen | {name})
        if "patient_id" in schema.get("properties", {}):
            return True
        return any(_names_patient(v, components, seen) for v in schema.values())
    if isinstance(schema, list):
        return any(_names_patient(v, components, seen) for v in schema)
    return False


def patient_level_reads(clients: dict[str, TestClient]) -> set[tuple[str, str]]:
    found = set(FHIR_PATIENT_SEARCHES)
    for service, client in clients.items():
        document = client.get("/openapi.json").json()
        components = document.get("components", {}).get("schemas", {})
        for path, operations in document["paths"].items():
            ok = operations.get("get", {}).get("responses", {}).get("200", {})
            if _names_patient(ok.get("content", {}), components, frozenset()):
                found.add((service, path))
    return found - FEEDS


def test_every_patient_level_read_has_a_call_and_metrics_only_the_due_list(
    clients: dict[str, TestClient],
) -> None:
    found = patient_level_reads(clients)
    assert found == set(CALLS)
    assert {route for service, route in found if service == "metrics"} == {"/v1/due-measurements"}


def test_every_patient_level_read_is_audited(clients: dict[str, TestClient], org: str) -> None:
    ids = org_a(clients, org)
    reader = f"auditor-{org}"
    for (service, _route), (path, _patient) in CALLS.items():
        # Readers, not safety reviewers: narrative reads are audited apart (intake's tests).
        headers = bearer(org, scope="intake:read measures:read metrics:read", sub=reader)
        answer = clients[service].get(path.format(**ids), headers=headers)
        assert answer.status_code == 200, (path, answer.text)
    audited: set[tuple[str, str, str, str]] = set()
    for service, table in AUDIT_TABLES.items():
        with clients[service].app.state.engine.connect() as connection:  # type: ignore[attr-defined]
            rows = connection.execute(
                select(table).where(table.c.org == org, table.c.actor == reader)
            ).mappings()
            audited |= {(service, r["actor"], r["patient_id"], r["route"]) for r in rows}
    expected = {
        (service, reader, patient.format(**ids), route)
        for (service, route), (_path, patient) in CALLS.items()
    }
    assert audited == expected

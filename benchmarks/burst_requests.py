"""What the burst sends: each route's request, built for its n-th call, and the rows it reads.

Each builder makes a request that its route should accept (or refuse only as the route says it
may: a resend, a closed alert), with ids of its own where a resend would be a replay.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from shared.auth import issue_local_token
from shared.auth.roles import TENANT_SCOPES

#: The published FHIR examples the measures tests use (data, read as a file).
FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "measures" / "fixtures"


@dataclass(frozen=True)
class Call:
    """One route of the burst: how to build its n-th request and the statuses it may answer."""

    service: str
    method: str
    route: str
    ok: frozenset[int]
    path: Callable[[int], str]
    body: Callable[[int], Any] | None = None
    params: dict[str, Any] | None = None
    media: str = "application/json"


def call(
    service: str,
    method: str,
    route: str,
    ok: tuple[int, ...],
    path: str | Callable[[int], str] | None = None,
    body: Callable[[int], Any] | None = None,
    **options: Any,
) -> Call:
    where = path if callable(path) else (lambda _n, p=path or route: p)
    return Call(service, method, route, frozenset(ok), where, body, **options)


PATIENT = {
    "birth_year": 1987,
    "ethnicity": "2186-5",
    "payer_type": "2",
    "preferred_language": "en",
    "race": ["2054-5"],
    "rurality": "urban",
    "sex": "248152002",
}


def referral_body(patient: str) -> dict[str, Any]:
    return {
        "patient_id": patient,
        "priority": "routine",
        "received_on": "2026-03-03",
        "service_line": "adult-outpatient",
        "site_id": "site-north",
    }


def episode_body(patient: str) -> dict[str, Any]:
    return {
        "patient_id": patient,
        "status": "active",
        "service_line": "adult-outpatient",
        "team_id": "team-east",
        "site_id": "site-north",
        "clinician_id": "clin-204",
        "opened_on": "2026-03-03",
    }


def encounter_body(patient: str) -> dict[str, Any]:
    return {
        "patient_id": patient,
        "referral_id": "bref-0",
        "episode_id": "bep-0",
        "clinician_id": "clin-204",
        "team_id": "team-east",
        "site_id": "site-north",
        "service_line": "adult-outpatient",
        "modality": "video",
        "scheduled_start": "2026-03-17T15:00:00-05:00",
        "scheduled_minutes": 50,
        "actual_start": "2026-03-17T15:04:00-05:00",
        "actual_end": "2026-03-17T15:52:00-05:00",
        "status": "fulfilled",
    }


def feedback_body(_n: int) -> dict[str, Any]:
    return {
        "submission_id": str(uuid.uuid4()),
        "form_id": "session-feedback",
        "encounter_id": "benc-0",
        "patient_id": "bpat-0",
        "submitted_at": "2026-03-17T16:05:00-05:00",
        "answers": {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9},
    }


def questionnaire_response_body(_n: int) -> dict[str, Any]:
    answers = {"felt-heard": "5", "worked-on-what-mattered": "4", "overall": "9"}
    base = "https://learning-loop.dev/fhir/CodeSystem/session-feedback/"
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "https://learning-loop.dev/fhir/Questionnaire/session-feedback|1.0.0",
        "status": "completed",
        "identifier": {"value": str(uuid.uuid4())},
        "subject": {"reference": "Patient/bpat-0"},
        "encounter": {"reference": "Encounter/benc-0"},
        "item": [
            {"linkId": link, "answer": [{"valueCoding": {"system": base + link, "code": code}}]}
            for link, code in answers.items()
        ],
    }


def assessment_body(n: int, item9: int = 0) -> dict[str, Any]:
    answers = {f"phq9_{i}": 2 if i < 5 else 1 for i in range(1, 9)}
    return {
        "assessment_id": f"basm-{n}-{uuid.uuid4().hex[:8]}",
        "patient_id": f"bpat-{n % 10}",
        "instrument_id": "phq9",
        "answers": {**answers, "phq9_9": item9},
        "completed_at": f"2026-0{1 + n % 9}-15T10:30:00Z",
        "completed_by": "patient",
        "clinician_id": "c-12",
        "team_id": "t-north",
        "site_id": "s-main",
    }


def us_core_phq9_body(_n: int) -> dict[str, Any]:
    document = json.loads(
        (FIXTURES / "hl7-us-core" / "QuestionnaireResponse-phq-9-example.json").read_text()
    )
    document["subject"] = {"reference": "Patient/bpat-1"}
    document["id"] = f"bqr-{uuid.uuid4().hex[:12]}"
    return document


SEEDED_REPORT = {"safety_event_id": "bse-0"}
THEME = {"label": "Burst theme"}
RESPONSE = {"themes": ["btheme"], "you_said": "Heard.", "we_did": "Done.", "published": True}
POLICY = {"urgent": {"acknowledge_within_minutes": 60, "action_within_hours": 24},
          "high": {"acknowledge_within_minutes": 1440}, "info": {}}  # fmt: skip


def safety_event_body(n: int) -> dict[str, Any]:
    """A near miss with an id of its own (a resend of the same id would be a replay)."""
    return {"safety_event_id": f"bse-{n}-{uuid.uuid4().hex[:8]}", "kind": "near-miss",
            "harm_level": "none", "occurred_at": "2026-11-30T10:00:00Z", "site_id": "site-a",
            "narrative": "Two charts swapped at the desk; caught before the session."}  # fmt: skip


def alert_action_body(n: int) -> dict[str, Any]:
    """An action of its own on the seeded alert (a 409 once another action has closed it)."""
    return {"action_id": f"bact-{n}-{uuid.uuid4().hex[:8]}", "action": "patient-contacted",
            "performed_at": datetime.now(UTC).isoformat()}  # fmt: skip


def unique(prefix: str) -> Callable[[int], str]:
    return lambda n: f"{prefix}-{n}-{uuid.uuid4().hex[:6]}"


def bearer(org: str, scope: str = TENANT_SCOPES) -> dict[str, str]:
    """A leader of ``org`` (every clinician visible), holding ``scope``."""
    token = issue_local_token(org=org, scope=scope, extra={"role": "leader"})
    return {"Authorization": f"Bearer {token}"}


def seed(urls: dict[str, str], org: str) -> dict[str, str]:
    """The rows the burst's reads find: patients, a referral, an episode, an encounter, feedback,
    a safety event, PHQ-9s (one with item 9 endorsed, so an alert), a webhook, collaboratives
    and an intervention. Returns their ids."""
    headers = bearer(org)
    with httpx.Client(headers=headers, timeout=30) as client:

        def ok(response: httpx.Response) -> Any:
            assert response.status_code < 300, (response.request.url, response.text)
            return response.json() if response.content else None

        intake, measures, metrics = urls["intake"], urls["measures"], urls["metrics"]
        for n in range(10):
            ok(client.put(f"{intake}/v1/patients/bpat-{n}", json=PATIENT))
        ok(client.put(f"{intake}/v1/referrals/bref-0", json=referral_body("bpat-0")))
        ok(client.put(f"{intake}/v1/episodes/bep-0", json=episode_body("bpat-0")))
        ok(client.put(f"{intake}/v1/encounters/benc-0", json=encounter_body("bpat-0")))
        feedback = ok(client.post(f"{intake}/v1/feedback", json=feedback_body(0)))
        ok(client.post(f"{intake}/v1/safety-events", json=safety_event_body(0) | SEEDED_REPORT))
        ok(client.put(f"{intake}/v1/feedback-themes/btheme", json=THEME))
        ok(client.put(f"{intake}/v1/feedback-responses/bresp-0", json=RESPONSE))
        assessment = ok(client.post(f"{measures}/v1/assessments", json=assessment_body(0)))
        ok(client.post(f"{measures}/v1/assessments", json=assessment_body(1, item9=1)))
        for n in range(2, 10):
            ok(client.post(f"{measures}/v1/assessments", json=assessment_body(n)))
        alerts = ok(client.get(f"{measures}/v1/alerts", params={"status": "all"}))
        webhook = ok(
            client.post(
                f"{measures}/v1/webhooks",
                json={"url": "http://127.0.0.1:9/hooks/seed", "event_types": ["alert.raised"]},
            )
        )
        owned = [
            ok(client.post(f"{metrics}/v1/collaboratives", json={"name": f"Burst {n}"}))
            for n in range(2)
        ]
        applicant = f"{org}-applicant"
        for collaborative in owned:
            cid = collaborative["collaborative_id"]
            applied = client.put(
                f"{metrics}/v1/collaboratives/{cid}/membership", headers=bearer(applicant)
            )
            assert applied.status_code == 202, applied.text
        intervention = ok(
            client.post(
                f"{metrics}/v1/interventions",
                json={
                    "title": "PDSA seed",
                    "metric_id": "no-show-rate",
                    "level": "org",
                    "period": "month",
                    "started_on": "2026-04-06",
                },
            )
        )
    return {
        "feedback_id": feedback["feedback_id"],
        "assessment_id": assessment["assessment_id"],
        "alert_id": alerts["items"][0]["alert_id"],
        "webhook_id": webhook["webhook_id"],
        "intervention_id": intervention["intervention_id"],
        "collaborative_id": owned[0]["collaborative_id"],
        "other_collaborative_id": owned[1]["collaborative_id"],
        "applicant": applicant,
    }

"""The table of every id route and how another org is answered on it (test_other_orgs_ids.py).

Kept apart from the test so that the table, which grows with every route, reads on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.intake.episodes import episode
from tests.intake.workforce import establishment, staff


@dataclass(frozen=True)
class Case:
    """How B is answered: ``404`` (org data), ``own`` (B's own view of a shared catalog entry,
    equal to a fresh org's) or ``opt-in`` (open to every org by design, e.g. applying to a
    collaborative, but naming no member and showing nothing of it)."""

    kind: str
    path: Callable[[dict[str, str]], str]
    body: Any = None


def _p(template: str) -> Callable[[dict[str, str]], str]:
    return lambda ids: template.format(**ids)


CASES: dict[tuple[str, str, str], Case] = {
    # intake: its own test checks writes under the same ids; here, reads by B.
    ("intake", "GET", "/v1/patients/{patient_id}"): Case("404", _p("/v1/patients/p-1")),
    ("intake", "PUT", "/v1/patients/{patient_id}"): Case(
        "own", _p("/v1/patients/p-1"), {"sex": "248153007"}
    ),
    ("intake", "GET", "/v1/referrals/{referral_id}"): Case("404", _p("/v1/referrals/r-1")),
    ("intake", "PUT", "/v1/referrals/{referral_id}"): Case("own-write", _p("/v1/referrals/r-1")),
    ("intake", "GET", "/v1/encounters/{encounter_id}"): Case("404", _p("/v1/encounters/e-1")),
    ("intake", "PUT", "/v1/encounters/{encounter_id}"): Case("own-write", _p("/v1/encounters/e-1")),
    ("intake", "GET", "/v1/episodes/{episode_id}"): Case("404", _p("/v1/episodes/ep-1")),
    ("intake", "PUT", "/v1/episodes/{episode_id}"): Case(
        "own", _p("/v1/episodes/ep-1"), episode(status="onhold")
    ),
    ("intake", "GET", "/v1/feedback/{feedback_id}"): Case("404", _p("/v1/feedback/{feedback_id}")),
    ("intake", "PUT", "/v1/feedback/{feedback_id}/themes"): Case(
        "404", _p("/v1/feedback/{feedback_id}/themes"), {"themes": []}
    ),
    ("intake", "DELETE", "/v1/webhooks/{webhook_id}"): Case(
        "404", _p("/v1/webhooks/{intake_webhook_id}")
    ),
    # B's own theme list under the same code, then B's own response answering it.
    ("intake", "PUT", "/v1/feedback-themes/{code}"): Case(
        "own", _p("/v1/feedback-themes/waiting"), {"label": "B's waiting times"}
    ),
    ("intake", "GET", "/v1/feedback-responses/{response_id}"): Case(
        "404", _p("/v1/feedback-responses/r-1")
    ),
    ("intake", "PUT", "/v1/feedback-responses/{response_id}"): Case(
        "own",
        _p("/v1/feedback-responses/r-1"),
        {"themes": ["waiting"], "you_said": "B heard.", "we_did": "B did."},
    ),
    ("intake", "GET", "/v1/safety-events/{safety_event_id}"): Case(
        "404", _p("/v1/safety-events/se-1")
    ),
    ("intake", "POST", "/v1/safety-events/{safety_event_id}/review"): Case(
        "404", _p("/v1/safety-events/se-1/review"), {"review_status": "reviewed"}
    ),
    ("intake", "GET", "/v1/forms/{form_id}"): Case("own", _p("/v1/forms/session-feedback")),
    ("intake", "GET", "/v1/forms/{form_id}/questionnaire"): Case(
        "own", _p("/v1/forms/session-feedback/questionnaire")
    ),
    ("intake", "GET", "/fhir/Questionnaire/{form_id}"): Case(
        "own", _p("/fhir/Questionnaire/session-feedback")
    ),
    # Workforce: A's staff record and team establishment are not B's; B's PUTs make B's own.
    ("intake", "GET", "/v1/staff/{staff_id}"): Case("404", _p("/v1/staff/clin-1")),
    ("intake", "PUT", "/v1/staff/{staff_id}"): Case(
        "own", _p("/v1/staff/clin-1"), staff(role="nurse")
    ),
    ("intake", "GET", "/v1/establishments/{team_id}"): Case("404", _p("/v1/establishments/team-a")),
    ("intake", "PUT", "/v1/establishments/{team_id}"): Case(
        "own", _p("/v1/establishments/team-a"), establishment(funded_fte=2)
    ),
    # measures
    ("measures", "GET", "/v1/alerts/{alert_id}/actions"): Case(
        "404", _p("/v1/alerts/{alert_id}/actions")
    ),
    ("measures", "POST", "/v1/alerts/{alert_id}/actions"): Case(
        "404",
        _p("/v1/alerts/{alert_id}/actions"),
        {"action_id": "b-1", "action": "patient-contacted", "performed_at": "2026-01-05T10:20:00Z"},
    ),
    ("measures", "GET", "/v1/instruments/{instrument_id}"): Case("own", _p("/v1/instruments/phq9")),
    ("measures", "GET", "/v1/instruments/{instrument_id}/questionnaire"): Case(
        "own", _p("/v1/instruments/phq9/questionnaire")
    ),
    ("measures", "PUT", "/v1/instrument-settings/{instrument_id}"): Case(
        "own", _p("/v1/instrument-settings/burnout1"), {"enabled": False}
    ),
    ("measures", "GET", "/v1/assessments/{assessment_id}"): Case(
        "404", _p("/v1/assessments/{assessment_id}")
    ),
    ("measures", "GET", "/fhir/Observation/{observation_id}"): Case(
        "404", _p("/fhir/Observation/{observation_id}")
    ),
    ("measures", "GET", "/fhir/Questionnaire/{questionnaire_id}"): Case(
        "own", _p("/fhir/Questionnaire/phq9-v1")
    ),
    ("measures", "GET", "/v1/patients/{patient_id}/trajectory"): Case(
        "404", _p("/v1/patients/{patient_id}/trajectory?instrument=phq9")
    ),
    ("measures", "GET", "/v1/alerts/{alert_id}"): Case("404", _p("/v1/alerts/{alert_id}")),
    ("measures", "POST", "/v1/alerts/{alert_id}/acknowledge"): Case(
        "404", _p("/v1/alerts/{alert_id}/acknowledge")
    ),
    ("measures", "DELETE", "/v1/webhooks/{webhook_id}"): Case(
        "404", _p("/v1/webhooks/{webhook_id}")
    ),
    ("measures", "GET", "/v1/webhooks/{webhook_id}/deliveries"): Case(
        "404", _p("/v1/webhooks/{webhook_id}/deliveries")
    ),
    ("measures", "POST", "/v1/webhooks/{webhook_id}/recover"): Case(
        "404", _p("/v1/webhooks/{webhook_id}/recover"), {"since": "2026-01-01T00:00:00Z"}
    ),
    ("measures", "GET", "/v1/staff-surveys/{campaign_id}"): Case(
        "404", _p("/v1/staff-surveys/{campaign_id}")
    ),
    ("measures", "POST", "/v1/staff-surveys/{campaign_id}/close"): Case(
        "404", _p("/v1/staff-surveys/{campaign_id}/close")
    ),
    ("measures", "POST", "/v1/staff-surveys/{campaign_id}/teams/{team_id}/tokens"): Case(
        "404", _p("/v1/staff-surveys/{campaign_id}/teams/t-north/tokens"), {"count": 1}
    ),
    # metrics
    ("metrics", "GET", "/v1/metrics/{metric_id}"): Case("own", _p("/v1/metrics/kept-rate")),
    ("metrics", "GET", "/v1/metrics/{metric_id}/values"): Case(
        "own", _p("/v1/metrics/kept-rate/values?level=clinician&period=month")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/chart"): Case(
        "own", _p("/v1/metrics/kept-rate/chart?level=org&period=month")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/chart.svg"): Case(
        "own", _p("/v1/metrics/kept-rate/chart.svg?level=org&period=month")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/equity"): Case(
        "own", _p("/v1/metrics/kept-rate/equity?by=language")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/benchmark"): Case(
        "404", _p("/v1/metrics/kept-rate/benchmark?collaborative={collaborative_id}")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/measure-report"): Case(
        "own", _p("/v1/metrics/kept-rate/measure-report")
    ),
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}")
    ),
    ("metrics", "PUT", "/v1/collaboratives/{collaborative_id}"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}"), {"name": "Taken over"}
    ),
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}/members"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/members")
    ),
    ("metrics", "PUT", "/v1/collaboratives/{collaborative_id}/members/{org}"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/members/{org}"), {"status": "approved"}
    ),
    ("metrics", "PUT", "/v1/collaboratives/{collaborative_id}/membership"): Case(
        "opt-in", _p("/v1/collaboratives/{collaborative_id}/membership")
    ),
    ("metrics", "DELETE", "/v1/collaboratives/{collaborative_id}/membership"): Case(
        "opt-in", _p("/v1/collaboratives/{collaborative_id}/membership")
    ),
    # A collaborative's governance and learning sessions: nothing of it for a non-member.
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}/membership-history"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/membership-history")
    ),
    ("metrics", "POST", "/v1/collaboratives/{collaborative_id}/members/{org}/leave"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/members/{org}/leave"), {"reason": "other"}
    ),
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}/people"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/people")
    ),
    ("metrics", "PUT", "/v1/collaboratives/{collaborative_id}/people/{person_id}"): Case(
        "404",
        _p("/v1/collaboratives/{collaborative_id}/people/coach-1"),
        {"label": "Coach", "role": "member_team"},
    ),
    ("metrics", "DELETE", "/v1/collaboratives/{collaborative_id}/people/{person_id}"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/people/coach-1")
    ),
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}/naming"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/naming")
    ),
    ("metrics", "PUT", "/v1/collaboratives/{collaborative_id}/naming"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/naming"), {"label": "B"}
    ),
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}/sessions"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/sessions")
    ),
    ("metrics", "PUT", "/v1/collaboratives/{collaborative_id}/sessions/{session_id}"): Case(
        "404",
        _p("/v1/collaboratives/{collaborative_id}/sessions/s-1"),
        {"held_on": "2026-03-12", "topic": "Taken over"},
    ),
    ("metrics", "DELETE", "/v1/collaboratives/{collaborative_id}/sessions/{session_id}"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/sessions/s-1")
    ),
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}/participation"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/participation?month=2026-03")
    ),
    ("metrics", "GET", "/v1/interventions/{intervention_id}"): Case(
        "404", _p("/v1/interventions/{intervention_id}")
    ),
    ("metrics", "GET", "/v1/interventions/{intervention_id}/effect"): Case(
        "404", _p("/v1/interventions/{intervention_id}/effect")
    ),
    # A's intervention is a project with one cycle under its id: private to A. B's PUT of a
    # cycle under it finds no project of B's (404). B's PUT of a project makes B's own (under
    # another id: B's answer echoes its id, which would read as A's id leaking).
    ("metrics", "GET", "/v1/projects/{project_id}"): Case(
        "404", _p("/v1/projects/{intervention_id}")
    ),
    ("metrics", "GET", "/v1/projects/{project_id}/cycles/{cycle_id}"): Case(
        "404", _p("/v1/projects/{intervention_id}/cycles/{intervention_id}")
    ),
    ("metrics", "PUT", "/v1/projects/{project_id}/cycles/{cycle_id}"): Case(
        "404", _p("/v1/projects/{intervention_id}/cycles/{intervention_id}"), {"title": "B's"}
    ),
    ("metrics", "PUT", "/v1/projects/{project_id}"): Case(
        "own",
        _p("/v1/projects/project-b"),
        {"title": "B's", "aim": {"metric_id": "kept-rate", "level": "org"}},
    ),
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}/library"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/library")
    ),
    ("metrics", "GET", "/v1/reports/clinicians/{clinician_id}"): Case(
        "own", _p("/v1/reports/clinicians/c0?from=2026-01-01&to=2026-06-30")
    ),
    # A target names a catalog metric: B's DELETE finds none of B's (A's stays), then B's PUT
    # sets B's own (in this order: cases run as listed).
    ("metrics", "DELETE", "/v1/targets/{metric_id}"): Case("404", _p("/v1/targets/no-show-rate")),
    ("metrics", "PUT", "/v1/targets/{metric_id}"): Case(
        "own", _p("/v1/targets/no-show-rate"), {"value": 0.2}
    ),
    # A's plan is not B's to read or remove; B's PUT under the same id makes B's own.
    ("metrics", "GET", "/v1/measurement-plans/{plan_id}"): Case(
        "404", _p("/v1/measurement-plans/plan-a")
    ),
    ("metrics", "DELETE", "/v1/measurement-plans/{plan_id}"): Case(
        "404", _p("/v1/measurement-plans/plan-a")
    ),
    ("metrics", "PUT", "/v1/measurement-plans/{plan_id}"): Case(
        "own",
        _p("/v1/measurement-plans/plan-a"),
        {"instrument_id": "gad7", "baseline_within_sessions": 1, "every_days": 14},
    ),
}
# What A can read of its own records; compared before and after B's calls.
A_VIEWS = {
    "intake": [
        "/v1/patients",
        "/v1/referrals",
        "/v1/encounters",
        "/v1/episodes",
        "/v1/feedback/{feedback_id}",
        "/v1/feedback",
        "/v1/feedback-themes",
        "/v1/feedback-responses:all",
        "/v1/safety-events",
        "/v1/webhooks",
        "/v1/staff",
        "/v1/establishments",
    ],
    "measures": [
        "/v1/alerts?status=all",
        "/v1/webhooks",
        "/v1/instrument-settings",
        "/v1/assessments/{assessment_id}",
        "/v1/patients/{patient_id}/trajectory?instrument=phq9",
        "/fhir/Observation/{observation_id}",
        "/v1/staff-surveys",
        "/v1/staff-surveys/{campaign_id}",
    ],
    "metrics": [
        "/v1/collaboratives",
        "/v1/interventions",
        "/v1/interventions/{intervention_id}",
        "/v1/projects",
        "/v1/projects/{intervention_id}",
        "/v1/metrics/kept-rate/values?level=clinician&period=month",
        "/v1/measurement-plans",
        "/v1/due-measurements?date=2026-03-16",
        "/v1/targets",
    ],
}

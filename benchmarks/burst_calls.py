"""Every route of every service, as the burst calls it (``tests/load/test_burst.py`` checks
that the list covers each service's OpenAPI document)."""

from __future__ import annotations

import uuid

from benchmarks.burst_requests import (
    PATIENT,
    POLICY,
    RESPONSE,
    THEME,
    Call,
    alert_action_body,
    assessment_body,
    call,
    encounter_body,
    episode_body,
    feedback_body,
    questionnaire_response_body,
    referral_body,
    safety_event_body,
    unique,
    us_core_phq9_body,
)

STAFF = {"team_id": "bteam-0", "role": "nurse", "fte": 0.8, "started_on": "2024-01-08"}
ESTABLISHMENT = {"effective_from": "2026-01-01", "funded_fte": 6.0}


def intake_calls(seeded: dict[str, str]) -> list[Call]:
    i = "intake"
    return [
        call(i, "PUT", "/v1/patients/{patient_id}", (200, 201),
              lambda n: f"/v1/patients/bpat-{n % 50}", lambda _n: PATIENT),
        call(i, "GET", "/v1/patients/{patient_id}", (200,), "/v1/patients/bpat-0"),
        call(i, "POST", "/v1/patients:batch", (200,), body=lambda n: [
            {"patient_id": f"bpat-{(n + k) % 50}", **PATIENT} for k in range(5)]),
        call(i, "GET", "/v1/patients", (200,), params={"limit": 20}),
        call(i, "PUT", "/v1/referrals/{referral_id}", (200, 201),
              lambda n: f"/v1/referrals/bref-{n % 50}", lambda n: referral_body(f"bpat-{n % 10}")),
        call(i, "GET", "/v1/referrals/{referral_id}", (200,), "/v1/referrals/bref-0"),
        call(i, "POST", "/v1/referrals:batch", (200,), body=lambda n: [
            {"referral_id": f"bref-{(n + k) % 50}", **referral_body("bpat-0")} for k in range(5)]),
        call(i, "GET", "/v1/referrals", (200,), params={"limit": 20}),
        call(i, "PUT", "/v1/encounters/{encounter_id}", (200, 201),
              unique("/v1/encounters/benc"), lambda _n: encounter_body("bpat-0")),
        call(i, "GET", "/v1/encounters/{encounter_id}", (200,), "/v1/encounters/benc-0"),
        call(i, "POST", "/v1/encounters:batch", (200,), body=lambda n: [
            {"encounter_id": f"benc-b{n}-{k}-{uuid.uuid4().hex[:6]}", **encounter_body("bpat-1")}
            for k in range(5)]),
        call(i, "GET", "/v1/encounters", (200,), params={"limit": 20}),
        call(i, "PUT", "/v1/episodes/{episode_id}", (200, 201),
              lambda n: f"/v1/episodes/bep-{n % 50}", lambda n: episode_body(f"bpat-{n % 10}")),
        call(i, "GET", "/v1/episodes/{episode_id}", (200,), "/v1/episodes/bep-0"),
        call(i, "POST", "/v1/episodes:batch", (200,), body=lambda n: [
            {"episode_id": f"bep-{(n + k) % 50}", **episode_body("bpat-0")} for k in range(5)]),
        call(i, "GET", "/v1/episodes", (200,), params={"limit": 20}),
        call(i, "PUT", "/v1/staff/{staff_id}", (200, 201),
              lambda n: f"/v1/staff/bstaff-{n % 20}", lambda _n: STAFF),
        call(i, "GET", "/v1/staff/{staff_id}", (200,), "/v1/staff/bstaff-0"),
        call(i, "POST", "/v1/staff:batch", (200,), body=lambda n: [
            {"staff_id": f"bstaff-{(n + k) % 20}", **STAFF} for k in range(5)]),
        call(i, "GET", "/v1/staff", (200,), params={"limit": 20}),
        call(i, "PUT", "/v1/establishments/{team_id}", (200, 201),
              lambda n: f"/v1/establishments/bteam-{n % 5}", lambda _n: ESTABLISHMENT),
        call(i, "GET", "/v1/establishments/{team_id}", (200,), "/v1/establishments/bteam-0"),
        call(i, "GET", "/v1/establishments", (200,), params={"limit": 20}),
        call(i, "POST", "/v1/feedback", (200, 201), body=feedback_body),
        call(i, "POST", "/v1/feedback:batch", (200,),
              body=lambda n: [feedback_body(n) for _ in range(3)]),
        call(i, "GET", "/v1/feedback/{feedback_id}", (200,),
              f"/v1/feedback/{seeded['feedback_id']}"),
        call(i, "GET", "/v1/feedback", (200,), params={"limit": 20}),
        call(i, "PUT", "/v1/feedback/{feedback_id}/themes", (200,),
              f"/v1/feedback/{seeded['feedback_id']}/themes", lambda _n: {"themes": ["btheme"]}),
        call(i, "PUT", "/v1/feedback-themes/{code}", (200, 201),
              "/v1/feedback-themes/btheme", lambda _n: THEME),
        call(i, "GET", "/v1/feedback-themes", (200,)),
        call(i, "PUT", "/v1/feedback-responses/{response_id}", (200, 201),
              lambda n: f"/v1/feedback-responses/bresp-{n % 5}", lambda _n: RESPONSE),
        call(i, "GET", "/v1/feedback-responses/{response_id}", (200,),
              "/v1/feedback-responses/bresp-0"),
        call(i, "GET", "/v1/feedback-responses", (200,), params={"limit": 20}),
        call(i, "GET", "/v1/feedback-responses:all", (200,), params={"limit": 20}),
        call(i, "GET", "/v1/forms", (200,)),
        call(i, "GET", "/v1/forms/{form_id}", (200,), "/v1/forms/session-feedback"),
        call(i, "GET", "/v1/forms/{form_id}/questionnaire", (200,),
              "/v1/forms/session-feedback/questionnaire"),
        call(i, "GET", "/fhir/metadata", (200,)),
        call(i, "GET", "/fhir/Questionnaire/{form_id}", (200,),
              "/fhir/Questionnaire/session-feedback"),
        call(i, "POST", "/fhir/QuestionnaireResponse", (200, 201),
              body=questionnaire_response_body, media="application/fhir+json"),
        call(i, "GET", "/fhir/metadata", (200,)),
        call(i, "GET", "/fhir/Questionnaire/{form_id}", (200,),
              "/fhir/Questionnaire/session-feedback"),
        call(i, "POST", "/v1/safety-events", (200, 201), body=safety_event_body),
        call(i, "POST", "/v1/safety-events:batch", (200,),
              body=lambda n: [safety_event_body(n) for _ in range(3)]),
        call(i, "GET", "/v1/safety-events", (200,), params={"limit": 20}),
        call(i, "GET", "/v1/safety-events/{safety_event_id}", (200,), "/v1/safety-events/bse-0"),
        call(i, "POST", "/v1/safety-events/{safety_event_id}/review", (200, 409),
              "/v1/safety-events/bse-0/review", lambda _n: {"review_status": "reviewed"}),
        call(i, "GET", "/v1/webhooks", (200,)),
        call(i, "POST", "/v1/webhooks", (201, 409, 422), body=lambda n: {
            "url": f"http://127.0.0.1:9/hooks/rupture-{n}", "event_types": ["feedback.rupture"]}),
        call(i, "DELETE", "/v1/webhooks/{webhook_id}", (204, 404), unique("/v1/webhooks/nx")),
        call(i, "GET", "/v1/feed", (200,), params={"limit": 100}),
    ]  # fmt: skip


def measures_calls(seeded: dict[str, str]) -> list[Call]:
    m, hook, alert = "measures", seeded["webhook_id"], seeded["alert_id"]
    settings = {
        "enabled": True,
        "overrides": {"reason": "Local validation study", "total": {"caseness_threshold": 12}},
    }
    score = {"instrument_id": "phq9", "answers": assessment_body(0)["answers"]}
    return [
        call(m, "GET", "/v1/instruments", (200,)),
        call(m, "GET", "/v1/instruments/{instrument_id}", (200,), "/v1/instruments/phq9"),
        call(m, "GET", "/v1/instruments/{instrument_id}/questionnaire", (200,),
              "/v1/instruments/phq9/questionnaire"),
        call(m, "GET", "/v1/instrument-settings", (200,)),
        call(m, "PUT", "/v1/instrument-settings/{instrument_id}", (200, 201),
              "/v1/instrument-settings/phq9", lambda _n: settings),
        call(m, "POST", "/v1/score", (200,), body=lambda _n: score),
        call(m, "POST", "/v1/score:batch", (200,), body=lambda _n: {"items": [score] * 3}),
        call(m, "POST", "/v1/assessments", (200, 201), body=assessment_body),
        call(m, "POST", "/v1/assessments:batch", (200,),
              body=lambda n: {"items": [assessment_body(n + k) for k in range(3)]}),
        call(m, "GET", "/v1/assessments/{assessment_id}", (200,),
              f"/v1/assessments/{seeded['assessment_id']}"),
        call(m, "GET", "/v1/patients/{patient_id}/trajectory", (200,),
              lambda n: f"/v1/patients/bpat-{n % 10}/trajectory", params={"instrument": "phq9"}),
        call(m, "GET", "/v1/alerts", (200,), params={"status": "all", "limit": 20}),
        call(m, "GET", "/v1/alerts/{alert_id}", (200,), f"/v1/alerts/{alert}"),
        call(m, "POST", "/v1/alerts/{alert_id}/acknowledge", (200,),
              f"/v1/alerts/{alert}/acknowledge", lambda _n: {"note": "seen"}),
        call(m, "POST", "/v1/alerts/{alert_id}/actions", (200, 201, 409),
              f"/v1/alerts/{alert}/actions", alert_action_body),
        call(m, "GET", "/v1/alerts/{alert_id}/actions", (200,), f"/v1/alerts/{alert}/actions"),
        call(m, "GET", "/v1/escalation-policy", (200,)),
        call(m, "PUT", "/v1/escalation-policy", (200, 201), body=lambda _n: POLICY),
        call(m, "GET", "/v1/staff-surveys", (200,)),
        call(m, "POST", "/v1/staff-surveys", (201,), body=lambda n: {
            "instrument_ids": ["intent_leave1"], "teams": [{"team_id": f"t-{n}", "invited": 5}],
            "opens_on": "2026-01-05", "closes_on": "2099-01-05"}),
        # Ids that name nothing: the refusal paths (a 404, an unknown token's 403).
        call(m, "GET", "/v1/staff-surveys/{campaign_id}", (404,), "/v1/staff-surveys/nx"),
        call(m, "POST", "/v1/staff-surveys/{campaign_id}/close", (404,),
              "/v1/staff-surveys/nx/close"),
        call(m, "POST", "/v1/staff-surveys/{campaign_id}/teams/{team_id}/tokens", (404,),
              "/v1/staff-surveys/nx/teams/t-1/tokens"),
        call(m, "POST", "/v1/staff-survey-responses", (403,), body=lambda n: {
            "token": f"no-such-token-{n:08d}",
            "answers": {"intent_leave1": {"intent_leave1_1": 1}}}),
        call(m, "GET", "/v1/webhooks", (200,)),
        # The org's endpoint cap is small: most registrations are refused, which is the point
        # here (a refused write must be as quick as an accepted one).
        call(m, "POST", "/v1/webhooks", (201, 409, 422), body=lambda n: {
            "url": f"http://127.0.0.1:9/hooks/{n}", "event_types": ["alert.raised"]}),
        call(m, "DELETE", "/v1/webhooks/{webhook_id}", (204, 404), unique("/v1/webhooks/nx")),
        call(m, "GET", "/v1/webhooks/{webhook_id}/deliveries", (200,),
              f"/v1/webhooks/{hook}/deliveries"),
        call(m, "POST", "/v1/webhooks/{webhook_id}/recover", (200,),
              f"/v1/webhooks/{hook}/recover", lambda _n: {"since": "2026-11-20T00:00:00Z"}),
        call(m, "POST", "/fhir/QuestionnaireResponse", (200, 201), body=us_core_phq9_body,
              media="application/fhir+json"),
        call(m, "GET", "/fhir/Observation", (200,), params={"patient": "bpat-1"}),
        call(m, "GET", "/fhir/metadata", (200,)),
        call(m, "GET", "/fhir/Questionnaire/{questionnaire_id}", (200,),
              "/fhir/Questionnaire/phq9-v1"),
        # An id of the stored shape that names no Observation: the read's 404 path.
        call(m, "GET", "/fhir/Observation/{observation_id}", (404,),
              f"/fhir/Observation/{'0' * 32}-{'0' * 16}"),
        call(m, "GET", "/v1/feed", (200,), params={"limit": 100}),
    ]  # fmt: skip


def metrics_calls(seeded: dict[str, str]) -> list[Call]:
    x, intervention = "metrics", seeded["intervention_id"]
    own, other = seeded["collaborative_id"], seeded["other_collaborative_id"]
    level = {"level": "org", "period": "month"}
    return [
        call(x, "GET", "/v1/metrics", (200,)),
        call(x, "GET", "/v1/metrics/{metric_id}", (200,), "/v1/metrics/kept-rate"),
        call(x, "GET", "/v1/metrics/{metric_id}/values", (200,),
              "/v1/metrics/kept-rate/values", params=level),
        call(x, "GET", "/v1/metrics/{metric_id}/chart", (200,),
              "/v1/metrics/kept-rate/chart", params=level),
        # 422 "nothing to draw": the burst's org has too few events for a publishable point.
        call(x, "GET", "/v1/metrics/{metric_id}/chart.svg", (200, 422),
              "/v1/metrics/kept-rate/chart.svg", params=level),
        call(x, "GET", "/v1/metrics/{metric_id}/equity", (200,),
              "/v1/metrics/kept-rate/equity", params={"by": "race"}),
        # Collaboratives are created by POST (the server makes the id); the burst's org owns
        # two. A second org applies to them in the seed, so deciding on it is a real decision.
        call(x, "POST", "/v1/collaboratives", (201,), body=lambda n: {"name": f"Burst {n}"}),
        call(x, "GET", "/v1/collaboratives", (200,)),
        call(x, "GET", "/v1/collaboratives/{collaborative_id}", (200,),
              f"/v1/collaboratives/{own}"),
        call(x, "PUT", "/v1/collaboratives/{collaborative_id}", (200,),
              f"/v1/collaboratives/{own}", lambda n: {"name": f"Burst {n}"}),
        call(x, "PUT", "/v1/collaboratives/{collaborative_id}/membership", (200, 202),
              f"/v1/collaboratives/{own}/membership"),
        # The owner cannot leave (409); an unknown id is 404.
        call(x, "DELETE", "/v1/collaboratives/{collaborative_id}/membership", (204, 404, 409),
              f"/v1/collaboratives/{other}/membership"),
        call(x, "GET", "/v1/collaboratives/{collaborative_id}/members", (200,),
              f"/v1/collaboratives/{own}/members"),
        call(x, "PUT", "/v1/collaboratives/{collaborative_id}/members/{org}", (200, 409),
              f"/v1/collaboratives/{own}/members/{seeded['applicant']}",
              lambda _n: {"status": "approved"}),
        call(x, "GET", "/v1/metrics/{metric_id}/benchmark", (200,),
              "/v1/metrics/kept-rate/benchmark", params={"collaborative": own}),
        # Governance and learning sessions of the burst's own collaborative. Removing the
        # applicant is 404 while it has not been approved yet.
        call(x, "GET", "/v1/collaboratives/{collaborative_id}/membership-history", (200,),
              f"/v1/collaboratives/{own}/membership-history"),
        call(x, "POST", "/v1/collaboratives/{collaborative_id}/members/{org}/leave", (200, 404),
              f"/v1/collaboratives/{own}/members/{seeded['applicant']}/leave",
              lambda _n: {"reason": "inactive"}),
        call(x, "GET", "/v1/collaboratives/{collaborative_id}/people", (200,),
              f"/v1/collaboratives/{own}/people"),
        call(x, "PUT", "/v1/collaboratives/{collaborative_id}/people/{person_id}", (200, 201),
              f"/v1/collaboratives/{own}/people/coach-1",
              lambda _n: {"label": "Coach A", "role": "coach"}),
        call(x, "DELETE", "/v1/collaboratives/{collaborative_id}/people/{person_id}", (204,),
              f"/v1/collaboratives/{own}/people/coach-2"),
        call(x, "GET", "/v1/collaboratives/{collaborative_id}/naming", (200,),
              f"/v1/collaboratives/{own}/naming"),
        call(x, "PUT", "/v1/collaboratives/{collaborative_id}/naming", (200,),
              f"/v1/collaboratives/{own}/naming",
              lambda _n: {"label": "Burst clinic"}),
        call(x, "GET", "/v1/collaboratives/{collaborative_id}/sessions", (200,),
              f"/v1/collaboratives/{own}/sessions"),
        call(x, "PUT", "/v1/collaboratives/{collaborative_id}/sessions/{session_id}", (200, 201),
              f"/v1/collaboratives/{own}/sessions/s-1",
              lambda _n: {"held_on": "2026-03-12", "topic": "Reminder calls"}),
        call(x, "DELETE", "/v1/collaboratives/{collaborative_id}/sessions/{session_id}", (204,),
              f"/v1/collaboratives/{own}/sessions/s-2"),
        call(x, "GET", "/v1/collaboratives/{collaborative_id}/participation", (200,),
              f"/v1/collaboratives/{own}/participation",
              params={"month": "2026-03"}),
        call(x, "POST", "/v1/interventions", (200, 201), body=lambda n: {
            "title": f"PDSA {n}", "metric_id": "no-show-rate", "level": "org",
            "period": "month", "started_on": "2026-04-06"}),
        call(x, "GET", "/v1/interventions", (200,)),
        call(x, "GET", "/v1/interventions/{intervention_id}", (200,),
              f"/v1/interventions/{intervention}"),
        call(x, "GET", "/v1/interventions/{intervention_id}/effect", (200,),
              f"/v1/interventions/{intervention}/effect"),
        # The seeded intervention is a project with one cycle, both under its id.
        call(x, "PUT", "/v1/projects/{project_id}", (200, 201),
              lambda n: f"/v1/projects/burst-{n % 5}", lambda n: {
                  "title": f"Burst {n % 5}", "status": "active",
                  "aim": {"metric_id": "no-show-rate", "level": "org", "target": 0.1}}),
        call(x, "GET", "/v1/projects", (200,)),
        call(x, "GET", "/v1/projects/{project_id}", (200,), f"/v1/projects/{intervention}"),
        call(x, "PUT", "/v1/projects/{project_id}/cycles/{cycle_id}", (200, 201),
              f"/v1/projects/{intervention}/cycles/{intervention}",
              lambda n: {"title": f"PDSA {n}", "started_on": "2026-04-06"}),
        call(x, "GET", "/v1/projects/{project_id}/cycles/{cycle_id}", (200,),
              f"/v1/projects/{intervention}/cycles/{intervention}"),
        call(x, "GET", "/v1/collaboratives/{collaborative_id}/library", (200,),
              f"/v1/collaboratives/{own}/library"),
        call(x, "GET", "/v1/reports/clinicians/{clinician_id}", (200,),
              "/v1/reports/clinicians/clin-204", params={"from": "2026-01-01", "to": "2026-12-31"}),
        call(x, "GET", "/v1/metrics/{metric_id}/measure-report", (200,),
              "/v1/metrics/kept-rate/measure-report", params={"from": "2026-01-01"}),
        call(x, "GET", "/v1/overview", (200,), params=level),
        call(x, "GET", "/v1/recognitions", (200,), params={"level": "team"}),
        # Too few teams with both values published in the burst's org: 409 too-few-teams.
        call(x, "GET", "/v1/associations", (200, 409), params={
            "x": "miniz-burnout-prevalence", "y": "staff-turnover-rate", "period": "quarter"}),
        call(x, "PUT", "/v1/targets/{metric_id}", (200, 201), "/v1/targets/no-show-rate",
              lambda n: {"value": 0.1 + (n % 5) / 100}),
        call(x, "GET", "/v1/targets", (200,)),
        # Set by the PUT above more often than not; 404 when a DELETE got there first.
        call(x, "DELETE", "/v1/targets/{metric_id}", (204, 404), "/v1/targets/no-show-rate"),
        call(x, "GET", "/v1/feedback-items", (200,), params={"form": "session-feedback", **level}),
        call(x, "GET", "/v1/feedback-themes", (200,), params=level),
        # Measurement plans (the org's own ids) and the due list at check-in.
        call(x, "PUT", "/v1/measurement-plans/{plan_id}", (200, 201),
              lambda n: f"/v1/measurement-plans/burst-{n % 5}", lambda n: {
                  "instrument_id": f"burst{n % 5}", "baseline_within_sessions": 2,
                  "every_sessions": 4}),
        call(x, "GET", "/v1/measurement-plans/{plan_id}", (200, 404),
              "/v1/measurement-plans/burst-0"),
        call(x, "DELETE", "/v1/measurement-plans/{plan_id}", (204, 404),
              lambda n: f"/v1/measurement-plans/burst-{n % 5}"),
        call(x, "GET", "/v1/measurement-plans", (200,)),
        call(x, "GET", "/v1/due-measurements", (200,), params={"date": "2026-11-20"}),
        call(x, "GET", "/v1/sync/status", (200,)),
        call(x, "GET", "/v1/feed", (200,), params={"limit": 100}),
        # A rebuild replays both feeds; one at a time per org, so most are refused with 409.
        call(x, "POST", "/v1/admin/rebuild", (200, 202, 409)),
    ]  # fmt: skip


CALLS = {"intake": intake_calls, "measures": measures_calls, "metrics": metrics_calls}

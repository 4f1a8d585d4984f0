"""Each intake domain error is one exact problem, on a single request and as a batch item.

These pin the whole body a caller gets (type, title, status, detail, field pointers and extension
members), whichever route the error comes through: an integrator's error handling keys on them.
"""

from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.testclient import TestClient

from services.intake.forms import build_questionnaire_response, get_form
from tests.support.fhir_outcome import outcome
from tests.support.tokens import bearer

TYPE = "https://learning-loop.dev/problems/"
START = (datetime.now(UTC) - timedelta(days=3)).replace(microsecond=0)
BOOKED = {
    "patient_id": "p-1",
    "clinician_id": "clin-1",
    "team_id": "team-a",
    "site_id": "north",
    "service_line": "adult",
    "modality": "in-person",
    "scheduled_start": START.isoformat(),
    "scheduled_minutes": 50,
    "status": "booked",
}
NO_SHOW = BOOKED | {"status": "no-show"}
RETRACTED = BOOKED | {"status": "entered-in-error"}
SESSION = {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9}


def invalid_outcome(detail: str, pointer: str, reason: str) -> dict[str, Any]:
    """The OperationOutcome a 422 under /fhir answers with: the problem, then the field."""
    validation = {
        "system": "https://learning-loop.dev/problems",
        "code": "validation-error",
        "display": "Unprocessable Content",
    }
    field = {"url": "https://learning-loop.dev/fhir/StructureDefinition/json-pointer"}
    return {
        "resourceType": "OperationOutcome",
        "issue": [
            {
                "severity": "error",
                "code": "invalid",
                "details": {"coding": [validation], "text": "Unprocessable Content"},
                "diagnostics": detail,
            },
            {
                "severity": "error",
                "code": "invalid",
                "diagnostics": reason,
                "extension": [field | {"valueString": pointer}],
            },
        ],
    }


BAD = {"mood": 3, "felt-heard": 9, "worked-on-what-mattered": 4}
TRANSITION = {
    "type": TYPE + "transition-not-allowed",
    "title": "Encounter status change not allowed",
    "status": 409,
    "detail": "An encounter in status 'entered-in-error' cannot become 'no-show'; "
    "allowed next statuses: none (final status).",
    "current_status": "entered-in-error",
    "allowed_statuses": [],
}
BAD_ANSWERS = [
    {"pointer": "/answers/mood", "detail": "form 'session-feedback' has no item with this id"},
    {"pointer": "/answers/felt-heard", "detail": "must be one of 1, 2, 3, 4, 5"},
    {"pointer": "/answers/overall", "detail": "this item must be answered"},
]


def without_request(problem: dict[str, Any]) -> dict[str, Any]:
    assert problem.pop("request_id")
    return problem


def answer_errors(prefix: str) -> list[dict[str, str]]:
    codes = ["unknown_item", "out_of_range", "required"]
    return [
        {"pointer": prefix + e["pointer"], "detail": e["detail"], "code": code}
        for e, code in zip(BAD_ANSWERS, codes, strict=True)
    ]


def test_an_impossible_status_change_is_a_409_naming_the_allowed_ones(
    intake_client: TestClient, org: str
) -> None:
    intake_client.put("/v1/encounters/e-1", json=RETRACTED, headers=bearer(org))
    response = intake_client.put("/v1/encounters/e-1", json=NO_SHOW, headers=bearer(org))

    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert without_request(response.json()) == TRANSITION | {"instance": "/v1/encounters/e-1"}


def test_a_batch_answers_an_impossible_change_with_the_same_problem(
    intake_client: TestClient, org: str
) -> None:
    items = [{"encounter_id": "e-1"} | RETRACTED, {"encounter_id": "e-1"} | NO_SHOW]
    response = intake_client.post("/v1/encounters:batch", json=items, headers=bearer(org))

    assert response.json()["results"][1] == {
        "index": 1,
        "id": "e-1",
        "status": 409,
        "problem": TRANSITION,
    }


def test_answers_that_do_not_fit_the_form_are_a_422_listing_each(
    intake_client: TestClient, org: str
) -> None:
    response = intake_client.post(
        "/v1/feedback", json={"form_id": "session-feedback", "answers": BAD}, headers=bearer(org)
    )

    assert response.status_code == 422
    assert without_request(response.json()) == {
        "type": TYPE + "validation-error",
        "title": "Unprocessable Content",
        "status": 422,
        "detail": "3 answer(s) do not fit form 'session-feedback'.",
        "instance": "/v1/feedback",
        "errors": answer_errors("/body"),
    }


def test_an_unknown_form_id_in_a_submission_is_a_422_at_form_id(
    intake_client: TestClient, org: str
) -> None:
    response = intake_client.post(
        "/v1/feedback", json={"form_id": "nope", "answers": {"a": 1}}, headers=bearer(org)
    )

    assert response.status_code == 422
    assert without_request(response.json()) == {
        "type": TYPE + "validation-error",
        "title": "Unprocessable Content",
        "status": 422,
        "detail": "Unknown form.",
        "instance": "/v1/feedback",
        "errors": [
            {
                "pointer": "/body/form_id",
                "detail": "no form with this id (see GET /v1/forms)",
                "code": "unknown_form",
            }
        ],
    }


def test_an_offline_batch_answers_each_refused_submission_at_its_place(
    intake_client: TestClient, org: str
) -> None:
    batch = [
        {"form_id": "session-feedback", "answers": SESSION},
        {"form_id": "nope", "answers": {"a": 1}},
        {"form_id": "session-feedback", "answers": BAD},
        {"form_id": "session-feedback", "answers": "none"},
    ]
    response = intake_client.post("/v1/feedback:batch", json=batch, headers=bearer(org))
    results = response.json()["results"]

    assert [r["status"] for r in results] == [201, 422, 422, 422]
    assert [r["problem"] for r in results[1:]] == [
        {
            "type": "https://learning-loop.dev/problems/validation-error",
            "status": 422,
            "title": "Unprocessable Content",
            "detail": "Unknown form.",
            "errors": [
                {
                    "pointer": "/body/1/form_id",
                    "detail": "no form with this id (see GET /v1/forms)",
                    "code": "unknown_form",
                }
            ],
        },
        {
            "type": "https://learning-loop.dev/problems/validation-error",
            "status": 422,
            "title": "Unprocessable Content",
            "detail": "3 answer(s) do not fit form 'session-feedback'.",
            "errors": answer_errors("/body/2"),
        },
        {
            "type": "https://learning-loop.dev/problems/validation-error",
            "status": 422,
            "title": "Unprocessable Content",
            "errors": [
                {
                    "pointer": "/body/3/answers",
                    "detail": "Input should be a valid dictionary",
                    "code": "dict_type",
                }
            ],
        },
    ]


def test_a_questionnaire_response_to_no_form_of_intake_is_a_422_at_questionnaire(
    intake_client: TestClient, org: str
) -> None:
    response = intake_client.post(
        "/fhir/QuestionnaireResponse",
        json={
            "resourceType": "QuestionnaireResponse",
            "status": "completed",
            "questionnaire": "https://example.org/Questionnaire/phq-9",
        },
        headers=bearer(org),
    )

    assert response.status_code == 422
    assert outcome(response) == invalid_outcome(
        "Unknown Questionnaire.",
        "/body/questionnaire",
        "not one of intake's Questionnaires (see GET /v1/forms)",
    )


def test_a_questionnaire_response_that_does_not_fit_points_into_its_items(
    intake_client: TestClient, org: str
) -> None:
    resource = build_questionnaire_response(get_form("session-feedback"), SESSION).model_dump(
        mode="json", exclude_none=True
    )
    resource["item"][0]["answer"] = [{"valueInteger": 7}]
    no_questionnaire = {"resourceType": "QuestionnaireResponse", "status": "completed"}

    wrong = intake_client.post("/fhir/QuestionnaireResponse", json=resource, headers=bearer(org))
    unnamed = intake_client.post(
        "/fhir/QuestionnaireResponse", json=no_questionnaire, headers=bearer(org)
    )

    assert outcome(wrong) == invalid_outcome(
        "1 answer(s) do not fit form 'session-feedback'.",
        "/body/item/0",
        "must be one of 1, 2, 3, 4, 5",
    )
    assert outcome(unnamed) == invalid_outcome(
        "1 answer(s) do not fit form 'QuestionnaireResponse'.",
        "/body/questionnaire",
        "the response must name its Questionnaire",
    )


def test_a_form_that_does_not_exist_is_a_404(intake_client: TestClient, org: str) -> None:
    for path in ("/v1/forms/nope", "/v1/forms/nope/questionnaire"):
        response = intake_client.get(path, headers=bearer(org))

        assert response.status_code == 404
        assert without_request(response.json()) == {
            "type": TYPE + "not-found",
            "title": "Not Found",
            "status": 404,
            "detail": "No form with this id.",
            "instance": path,
        }

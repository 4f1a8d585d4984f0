"""FHIR endpoint: feedback sent as a QuestionnaireResponse to one of intake's Questionnaires."""

import json
from typing import Any

from fastapi import APIRouter, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from services.intake.api.deps import Reader, SettingsDep, Writer
from services.intake.api.forms import FHIR_JSON, FhirJSONResponse, FormId
from services.intake.feedback import store_feedback, visible_answers
from services.intake.forms import (
    answers_from_questionnaire_response,
    build_questionnaire,
    build_questionnaire_response,
)
from services.intake.forms.models import get_form
from services.intake.models import FeedbackRow
from services.intake.schemas import FeedbackIn
from shared.models import as_utc
from shared.problems import BadRequest, Unprocessable, problem_responses
from shared.sessions import SessionDep

router = APIRouter(prefix="/fhir", tags=["fhir"])

#: A response to the session feedback form, as an app would send it (built from the catalog, so
#: the documented example is always one intake accepts).
EXAMPLE = build_questionnaire_response(
    get_form("session-feedback"), {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9}
).model_dump(mode="json", exclude_none=True) | {
    "subject": {"reference": "Patient/7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17"},
    "encounter": {"reference": "Encounter/enc-0192"},
    "identifier": {"value": "3c8e0a52-7f41-4d0e-b0a6-5d2c9f1e7b30"},
}


def _reference(resource: dict[str, Any], element: str, kind: str) -> str | None:
    reference = (resource.get(element) or {}).get("reference")
    if isinstance(reference, str) and reference.startswith(f"{kind}/"):
        return reference.removeprefix(f"{kind}/")
    return None


@router.post(
    "/QuestionnaireResponse",
    summary="Submit feedback as a FHIR QuestionnaireResponse",
    status_code=201,
    response_class=FhirJSONResponse,
    responses={
        201: {
            "content": {
                FHIR_JSON: {
                    "schema": {"type": "object"},
                    "example": EXAMPLE | {"id": "b1d7c0f4-3e2a-4a5b-9d6e-0f1e2d3c4b5a"},
                }
            },
            "description": "The stored response, with intake's id",
        },
        200: {
            "content": {
                FHIR_JSON: {
                    "schema": {"type": "object"},
                    "example": EXAMPLE | {"id": "b1d7c0f4-3e2a-4a5b-9d6e-0f1e2d3c4b5a"},
                }
            },
            "description": "A resend of a response already stored under the same "
            "`identifier.value`: the stored one, unchanged (nothing is stored twice)",
        },
        **problem_responses(400, 409, 413, 415, 422),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                FHIR_JSON: {"schema": {"type": "object"}, "example": EXAMPLE},
                "application/json": {"schema": {"type": "object"}, "example": EXAMPLE},
            },
        }
    },
)
async def post_questionnaire_response(
    request: Request, caller: Writer, session: SessionDep, settings: SettingsDep
) -> FhirJSONResponse:
    """A completed R4 QuestionnaireResponse whose `questionnaire` is one of intake's forms
    (`GET /v1/forms/{id}/questionnaire`). `subject` (Patient/<id>) and `encounter`
    (Encounter/<id>) link it; `identifier.value` plays the part of `submission_id`. The answer
    is the stored response without its free-text items."""
    try:
        resource = json.loads(await request.body())
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested thousands deep
        raise BadRequest("The body is not JSON.") from exc
    if not isinstance(resource, dict):
        raise BadRequest("The body must be a QuestionnaireResponse resource.")
    form, answers = answers_from_questionnaire_response(resource)
    identifier = resource.get("identifier") or {}
    try:
        links = FeedbackIn.model_validate(
            {
                "form_id": form.id,
                "answers": answers,
                "submission_id": identifier.get("value") if isinstance(identifier, dict) else None,
                "patient_id": _reference(resource, "subject", "Patient"),
                "encounter_id": _reference(resource, "encounter", "Encounter"),
                "submitted_at": resource.get("authored"),
            }
        )
    except ValidationError as exc:
        raise Unprocessable(
            "The response's links are not valid.",
            errors=[
                {"pointer": "/body", "detail": e["msg"], "code": e["type"]}
                for e in exc.errors(include_input=False)
            ],
        ) from None

    def store() -> tuple[FeedbackRow, bool]:
        # In a worker thread and committed there: on SQLite the first statement takes the write
        # lock, which the event loop must never wait for nor hold across an await.
        stored = store_feedback(
            session=session,
            org=caller.org,
            form=form,
            answers=answers,
            submission_id=links.submission_id,
            patient_id=links.patient_id,
            encounter_id=links.encounter_id,
            submitted_at=links.submitted_at,
            part2_on_feed=settings.part2_details_on_feed,
        )
        session.commit()
        return stored

    row, created = await run_in_threadpool(store)
    # Never the free text: a resend is answered with the stored response, and comments are
    # read back only under their own scope (GET /v1/feedback).
    shown = visible_answers(row.form_id, row.answers, comments=False)
    stored = build_questionnaire_response(
        get_form(row.form_id), shown, authored=as_utc(row.submitted_at)
    )
    body = stored.model_dump(mode="json", exclude_none=True) | {"id": row.feedback_id}
    return FhirJSONResponse(body, status_code=201 if created else 200)


@router.get(
    "/Questionnaire/{form_id}",
    summary="Read a feedback form as a FHIR Questionnaire",
    response_class=FhirJSONResponse,
    responses={
        200: {
            "content": {
                FHIR_JSON: {
                    "schema": {"type": "object"},
                    "example": build_questionnaire(get_form("comment")).model_dump(
                        mode="json", exclude_none=True
                    ),
                }
            },
            "description": "A FHIR R4 Questionnaire",
        },
        **problem_responses(404),
    },
)
def read_questionnaire(form_id: FormId, caller: Reader) -> FhirJSONResponse:
    """The FHIR read of `GET /v1/forms/{form_id}/questionnaire`: the Questionnaire's id is the
    form id. An unknown id is a 404 OperationOutcome."""
    questionnaire = build_questionnaire(get_form(form_id))
    return FhirJSONResponse(questionnaire.model_dump(mode="json", exclude_none=True))

"""FHIR endpoint: feedback sent as a QuestionnaireResponse to one of intake's Questionnaires."""

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from services.intake.api.deps import SettingsDep, Writer, unprocessable
from services.intake.api.forms import FHIR_JSON
from services.intake.errors import InvalidAnswersError, UnknownFormError
from services.intake.feedback import store_feedback
from services.intake.forms import answers_from_questionnaire_response, build_questionnaire_response
from services.intake.forms.models import get_form
from services.intake.schemas import FeedbackIn
from shared.models import as_utc
from shared.problems import BadRequest, Unprocessable, problem_responses
from shared.sessions import SessionDep

router = APIRouter(prefix="/fhir", tags=["fhir"])


def _reference(resource: dict[str, Any], element: str, kind: str) -> str | None:
    reference = (resource.get(element) or {}).get("reference")
    if isinstance(reference, str) and reference.startswith(f"{kind}/"):
        return reference.removeprefix(f"{kind}/")
    return None


@router.post(
    "/QuestionnaireResponse",
    summary="Submit feedback as a FHIR QuestionnaireResponse",
    status_code=201,
    response_class=JSONResponse,
    responses={
        201: {
            "content": {FHIR_JSON: {"schema": {"type": "object"}}},
            "description": "The stored response, with intake's id",
        },
        **problem_responses(400, 409, 413, 415, 422),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                FHIR_JSON: {"schema": {"type": "object"}},
                "application/json": {"schema": {"type": "object"}},
            },
        }
    },
)
async def post_questionnaire_response(
    request: Request, caller: Writer, session: SessionDep, settings: SettingsDep
) -> JSONResponse:
    """A completed R4 QuestionnaireResponse whose `questionnaire` is one of intake's forms
    (`GET /v1/forms/{id}/questionnaire`). `subject` (Patient/<id>) and `encounter`
    (Encounter/<id>) link it; `identifier.value` plays the part of `submission_id`."""
    try:
        resource = json.loads(await request.body())
    except ValueError as exc:
        raise BadRequest("The body is not JSON.") from exc
    if not isinstance(resource, dict):
        raise BadRequest("The body must be a QuestionnaireResponse resource.")
    try:
        form, answers = answers_from_questionnaire_response(resource)
    except UnknownFormError:
        raise Unprocessable(
            "Unknown Questionnaire.",
            errors=[
                {
                    "pointer": "/body/questionnaire",
                    "code": "unknown_form",
                    "detail": "not one of intake's Questionnaires (see GET /v1/forms)",
                }
            ],
        ) from None
    except InvalidAnswersError as error:
        raise unprocessable(error) from None
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
    row, created = store_feedback(
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
    stored = build_questionnaire_response(
        get_form(row.form_id), row.answers, authored=as_utc(row.submitted_at)
    )
    body = stored.model_dump(mode="json", exclude_none=True) | {"id": row.feedback_id}
    return JSONResponse(body, status_code=201 if created else 200, media_type=FHIR_JSON)

"""Routes for feedback forms: list them, read one, and read one as a FHIR R4 Questionnaire."""

from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse

from services.intake import forms as catalog
from services.intake.api.deps import Reader
from services.intake.forms import FeedbackForm, build_questionnaire, load_forms
from shared.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["forms"])
FHIR_JSON = "application/fhir+json"


class FhirJSONResponse(JSONResponse):
    """JSON sent as ``application/fhir+json`` (documented under that media type only)."""

    media_type = FHIR_JSON


def _form_example(form_id: str) -> dict[str, Any]:
    return {"application/json": {"example": catalog.get_form(form_id).model_dump(mode="json")}}


FormId = Annotated[
    str,
    Path(
        max_length=64,
        description="A form id from `GET /v1/forms`.",
        examples=["telehealth-experience"],
    ),
]


@router.get(
    "/forms",
    summary="List feedback forms",
    response_model=list[FeedbackForm],
    responses={
        200: {
            "content": {
                "application/json": {
                    "example": [catalog.get_form("comment").model_dump(mode="json")]
                }
            }
        }
    },
)
def list_forms(caller: Reader) -> list[FeedbackForm]:
    """Every feedback form intake accepts, with its items, answer scales and top boxes, and
    the published instruments each is modelled on."""
    return list(load_forms().values())


@router.get(
    "/forms/{form_id}",
    summary="Read a feedback form",
    response_model=FeedbackForm,
    responses={200: {"content": _form_example("telehealth-experience")}, **problem_responses(404)},
)
def get_form(form_id: FormId, caller: Reader) -> FeedbackForm:
    """One form as intake defines it."""
    return catalog.get_form(form_id)


@router.get(
    "/forms/{form_id}/questionnaire",
    summary="Read a feedback form as a FHIR Questionnaire",
    response_class=FhirJSONResponse,
    responses={
        200: {
            "content": {
                FHIR_JSON: {
                    "schema": {"type": "object"},
                    "example": build_questionnaire(catalog.get_form("comment")).model_dump(
                        mode="json", exclude_none=True
                    ),
                }
            },
            "description": "A FHIR R4 Questionnaire",
        },
        **problem_responses(404),
    },
)
def get_form_questionnaire(form_id: FormId, caller: Reader) -> Any:
    """The form as a FHIR R4 Questionnaire, for apps and EHRs that render forms from FHIR.
    Answers may come back as a QuestionnaireResponse (`POST /fhir/QuestionnaireResponse`)."""
    questionnaire = build_questionnaire(catalog.get_form(form_id))
    return FhirJSONResponse(questionnaire.model_dump(mode="json", exclude_none=True))

"""intake's FHIR CapabilityStatement (``GET /fhir/metadata``): what its FHIR endpoints do.

Served without a token (see :mod:`shared.fhir_capability`); it must change with the routes in
``api/fhir.py``, and ``tests/intake/api/test_fhir_front_door.py`` holds the two together.
"""

from typing import Any

from fastapi import APIRouter, Request

from services.intake.api.deps import SettingsDep
from services.intake.api.forms import FHIR_JSON, FhirJSONResponse
from shared.auth.dependencies import EXAMPLE_TOKEN_URL
from shared.fhir_capability import capability_statement, resource

router = APIRouter(prefix="/fhir", tags=["fhir"])

RESOURCES = [
    resource(
        "Questionnaire",
        ["read"],
        documentation="intake's feedback forms (`GET /v1/forms`), by form id: "
        "`Questionnaire/session-feedback`.",
    ),
    resource(
        "QuestionnaireResponse",
        ["create"],
        documentation="Feedback answering one of intake's Questionnaires; `identifier.value` "
        "makes a resend store nothing twice (200 with the stored response).",
    ),
]


def intake_capability(base_url: str, version: str, token_url: str | None) -> dict[str, Any]:
    return capability_statement(
        name="LearningLoopIntake",
        title="Learning Loop intake",
        description="Consumer feedback as QuestionnaireResponses to intake's feedback forms.",
        version=version,
        base_url=base_url,
        resources=RESOURCES,
        token_url=token_url,
    )


@router.get(
    "/metadata",
    summary="Read the FHIR CapabilityStatement",
    response_class=FhirJSONResponse,
    responses={
        200: {
            "content": {
                FHIR_JSON: {
                    "schema": {"type": "object"},
                    "example": intake_capability(
                        "https://intake.example.org/fhir", "0.1.0", EXAMPLE_TOKEN_URL
                    ),
                }
            },
            "description": "A FHIR R4 CapabilityStatement",
        }
    },
)
def get_metadata(request: Request, settings: SettingsDep) -> FhirJSONResponse:
    """What intake's FHIR endpoints support (resources, interactions) and how to get a token.
    Needs no token: a client reads it before it has one, and it holds no data."""
    base_url = str(request.base_url).rstrip("/") + "/fhir"
    body = intake_capability(base_url, request.app.version, settings.oauth_token_url)
    return FhirJSONResponse(body)

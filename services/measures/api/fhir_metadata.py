"""measures' FHIR CapabilityStatement (``GET /fhir/metadata``): what its FHIR endpoints do.

Served without a token (see :mod:`shared.fhir_capability`). It must change with the routes in
``api/fhir.py`` and ``api/fhir_reads.py``; ``tests/measures/api/test_fhir_front_door.py`` holds
them together.
"""

from typing import Any

from fastapi import APIRouter, Request, Response

from services.measures.api.fhir_reads import DEFAULT_COUNT, MAX_COUNT, fhir_json
from services.measures.schemas.fhir import FHIR_JSON
from shared.auth.dependencies import EXAMPLE_TOKEN_URL
from shared.fhir_capability import capability_statement, resource, search_param

router = APIRouter(prefix="/fhir", tags=["fhir"])

OBSERVATION_SEARCH = [
    search_param("patient", "reference", "The patient: `<id>` or `Patient/<id>` (required)."),
    search_param("code", "token", "A LOINC (or our) code, `code` or `system|code`."),
    search_param(
        "date",
        "date",
        "The assessment's completion time; prefixes eq ne gt ge lt le sa eb; repeatable (AND).",
    ),
    search_param(
        "_count", "number", f"Observations per page: default {DEFAULT_COUNT}, at most {MAX_COUNT}."
    ),
]
RESOURCES = [
    resource(
        "Observation",
        ["read", "search-type"],
        documentation="Score Observations (panel, items, total, subscales) rebuilt from stored "
        "assessments. Searches need `patient` and page by `next` links.",
        search_params=OBSERVATION_SEARCH,
    ),
    resource(
        "Questionnaire",
        ["read"],
        documentation="The instrument catalog, one Questionnaire per instrument version "
        "(`Questionnaire/phq9-v1`).",
    ),
    resource(
        "QuestionnaireResponse",
        ["create"],
        documentation="A completed instrument, scored and stored; answered with the score "
        "Observations as a transaction Bundle.",
    ),
]


def measures_capability(base_url: str, version: str, token_url: str | None) -> dict[str, Any]:
    return capability_statement(
        name="LearningLoopMeasures",
        title="Learning Loop measures",
        description="Measurement-based care: QuestionnaireResponses in, score Observations out.",
        version=version,
        base_url=base_url,
        resources=RESOURCES,
        token_url=token_url,
    )


@router.get(
    "/metadata",
    summary="Read the FHIR CapabilityStatement",
    response_class=Response,
    responses={
        200: {
            "content": {
                FHIR_JSON: {
                    "schema": {"type": "object"},
                    "example": measures_capability(
                        "https://measures.example.org/fhir", "0.1.0", EXAMPLE_TOKEN_URL
                    ),
                }
            },
            "description": "A FHIR R4 CapabilityStatement.",
        }
    },
)
def get_metadata(request: Request) -> Response:
    """What measures' FHIR endpoints support (resources, interactions, search parameters) and
    how to get a token. Needs no token: a client reads it before it has one, and it holds no
    data."""
    base_url = str(request.base_url).rstrip("/") + "/fhir"
    token_url = request.app.state.settings.oauth_token_url
    return fhir_json(measures_capability(base_url, request.app.version, token_url))

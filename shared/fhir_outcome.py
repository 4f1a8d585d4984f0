"""Errors under ``/fhir`` as FHIR OperationOutcomes, everywhere else as RFC 9457 problems.

A FHIR client (an EHR's interface engine, a SMART backend service) reads an error's
OperationOutcome and nothing else, so a path under :data:`FHIR_PREFIX` gets one instead of a
``problem+json`` body: :func:`shared.problems.problem_response`, which every handler and every
middleware that answers early goes through, renders the same problem this way there. The
problem is all kept: the first issue's ``details`` codes the problem type (system
:data:`PROBLEM_SYSTEM`, code the problem's slug) and its ``diagnostics`` is the problem's detail;
each field error of a validation problem becomes one more issue, its ``diagnostics`` what is
wrong and the field's JSON Pointer (``/body/authored``, ``/query/_count``) in the extension
:data:`POINTER_EXTENSION` (FHIR's ``expression`` is FHIRPath into a resource, which a query
parameter is not). Headers (``WWW-Authenticate``, ``Retry-After``, ``X-Request-ID``)
are unchanged.

The issue type follows the HTTP status (FHIR R4 ValueSet issue-type and the RESTful API's
"Outcome" guidance on status codes): see :data:`ISSUE_CODES`; severity is ``fatal`` for a 5xx
(nothing was done) and ``error`` otherwise.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field
from starlette.responses import JSONResponse

FHIR_PREFIX = "/fhir"
FHIR_MEDIA_TYPE = "application/fhir+json"
PROBLEM_SYSTEM = "https://learning-loop.dev/problems"
#: The extension on an issue that names the field at fault as a JSON Pointer (RFC 6901).
POINTER_EXTENSION = "https://learning-loop.dev/fhir/StructureDefinition/json-pointer"
OUTCOME_REF = {"$ref": "#/components/schemas/OperationOutcome"}

#: HTTP status -> FHIR issue type (http://hl7.org/fhir/R4/valueset-issue-type.html).
ISSUE_CODES: dict[int, str] = {
    400: "invalid",
    401: "login",
    403: "forbidden",
    404: "not-found",
    405: "not-supported",
    406: "not-supported",
    409: "conflict",
    410: "deleted",
    412: "conflict",
    413: "too-costly",
    415: "not-supported",
    422: "invalid",
    429: "throttled",
    503: "transient",
}


def is_fhir_path(path: str) -> bool:
    return path == FHIR_PREFIX or path.startswith(FHIR_PREFIX + "/")


def issue_code(status: int) -> str:
    if status in ISSUE_CODES:
        return ISSUE_CODES[status]
    return "exception" if status >= 500 else "processing"


def outcome_body(
    *, status: int, slug: str, title: str, detail: str | None, errors: Any = None
) -> dict[str, Any]:
    """The OperationOutcome of one problem (``errors``: a validation problem's field errors)."""
    severity = "fatal" if status >= 500 else "error"
    first: dict[str, Any] = {
        "severity": severity,
        "code": issue_code(status),
        "details": {
            "coding": [{"system": PROBLEM_SYSTEM, "code": slug, "display": title}],
            "text": title,
        },
    }
    if detail:
        first["diagnostics"] = detail
    issues = [first]
    for error in errors if isinstance(errors, list) else []:
        if not isinstance(error, dict):
            continue
        issue: dict[str, Any] = {
            "severity": severity,
            "code": "required" if error.get("code") == "missing" else issue_code(status),
            "diagnostics": str(error.get("detail", "")) or title,
        }
        if error.get("pointer"):
            issue["extension"] = [{"url": POINTER_EXTENSION, "valueString": str(error["pointer"])}]
        issues.append(issue)
    return {"resourceType": "OperationOutcome", "issue": issues}


def outcome_response(
    body: dict[str, Any], *, status: int, headers: dict[str, str] | None
) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=headers, media_type=FHIR_MEDIA_TYPE)


class OutcomeCoding(BaseModel):
    """The problem type, as a FHIR Coding."""

    system: str = Field(description="Always `https://learning-loop.dev/problems`.")
    code: str = Field(description="The problem type's slug, e.g. `not-found`.")
    display: str = Field(description="The problem's title.")


class OutcomeDetails(BaseModel):
    """The problem type, as a FHIR CodeableConcept."""

    coding: list[OutcomeCoding] = Field(description="One coding: the problem type.")
    text: str = Field(description="The problem's title.")


class PointerExtension(BaseModel):
    """The field an issue is about, as a JSON Pointer from the request root."""

    url: Literal["https://learning-loop.dev/fhir/StructureDefinition/json-pointer"] = Field(
        description="The extension's URL."
    )
    valueString: str = Field(  # noqa: N815 - FHIR's element name
        description="The JSON Pointer, e.g. `/body/authored` or `/query/_count`."
    )


class OutcomeIssue(BaseModel):
    """One issue of an OperationOutcome."""

    severity: Literal["fatal", "error"] = Field(
        description="`fatal` for a server error (5xx), `error` otherwise."
    )
    code: str = Field(
        description="FHIR issue type, from the status: 400 and 422 `invalid` (a missing "
        "field `required`), 401 `login`, 403 `forbidden`, 404 `not-found`, 409 `conflict`, "
        "413 `too-costly`, 415 `not-supported`, 429 `throttled`, 503 `transient`, other 5xx "
        "`exception`."
    )
    details: OutcomeDetails | None = Field(
        default=None, description="The problem type (first issue only)."
    )
    diagnostics: str | None = Field(
        default=None, description="What went wrong: the problem's detail, or one field's error."
    )
    extension: list[PointerExtension] | None = Field(
        default=None, description="For a field's issue: the field, as a JSON Pointer."
    )


class OperationOutcome(BaseModel):
    """A FHIR R4 OperationOutcome: how every error under `/fhir` is answered."""

    resourceType: Literal["OperationOutcome"] = Field(  # noqa: N815 - FHIR's element name
        description="Always `OperationOutcome`."
    )
    issue: list[OutcomeIssue] = Field(
        description="The problem first, then one issue per invalid field."
    )


def document_fhir_outcomes(document: dict[str, Any]) -> dict[str, Any]:
    """Document the error bodies of every ``/fhir`` operation as OperationOutcomes.

    Runs after the problem and rate-limit documentation. An operation that needs no token (the
    CapabilityStatement) does not list 401 and 403.
    """
    used = False
    for path, item in document.get("paths", {}).items():
        if not is_fhir_path(path):
            continue
        for operation in item.values():
            responses = operation.get("responses", {})
            if "security" not in operation:
                responses.pop("401", None)
                responses.pop("403", None)
            for status, response in responses.items():
                if status.isdigit() and int(status) >= 400:
                    response["content"] = {FHIR_MEDIA_TYPE: {"schema": OUTCOME_REF}}
                    used = True
    if used:
        schema = OperationOutcome.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        schemas.update(schema.pop("$defs", {}))
        schemas["OperationOutcome"] = schema
    return document

"""The OpenAPI contract: generation conventions and the committed snapshot per service.

Operation ids are ``{tag}-{route name}`` so generated clients read well
(``encounters-put_encounter``). Error bodies are documented as ``application/problem+json``, and
every POST documents the ``Idempotency-Key`` header that the middleware honours. Every operation
that takes a body also documents the problems answered before its code runs (400 malformed JSON,
413 and 415 from the body guard, 422 from validation), so that clients and fuzzers generated
from the document expect them.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from shared.idempotency import HEADER as IDEMPOTENCY_HEADER
from shared.idempotency import KEY_PATTERN, MAX_KEY_LENGTH
from shared.problems import PROBLEM_MEDIA_TYPE

PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetails"}

# Answered for any body by shared middleware or FastAPI's parsing, whatever the route declares.
BODY_PROBLEMS = {
    "400": "The body is not well-formed JSON (or not a JSON object where one is needed).",
    "413": "The body is larger than the service accepts; split it into batches.",
    "415": "The body is not JSON: send application/json (or a +json type such as FHIR's).",
    "422": "Validation failed; `errors` lists each field.",
}

IDEMPOTENCY_PARAMETER = {
    "name": IDEMPOTENCY_HEADER,
    "in": "header",
    "required": False,
    "description": "Makes a retry safe: the same key and body replay the first response; the "
    "same key with another body is 422; while the first request runs, 409. Kept 24 hours.",
    "schema": {
        "type": "string",
        "minLength": 1,
        "maxLength": MAX_KEY_LENGTH,
        "pattern": KEY_PATTERN,
    },
    "example": "0b7e1c5e-8c8f-4bd2-9f11-6f4c2a0e9d3a",
}


#: Response headers every service sends, referenced from each response they appear on.
HEADERS: dict[str, dict[str, Any]] = {
    "X-Request-ID": {
        "description": "The request's id: the caller's own `X-Request-ID` if it sent one, else a "
        "new one. It is in the service's logs and in every problem body; quote it to support.",
        "schema": {"type": "string"},
        "example": "9f1c2e4b7a0d4c55b1e0d3f2a6c8e7b1",
    },
    "Idempotent-Replayed": {
        "description": "`true` when this is the stored answer to an earlier request with the same "
        "`Idempotency-Key` and body, replayed byte for byte; absent otherwise.",
        "schema": {"type": "string", "enum": ["true"]},
    },
    "Location": {
        "description": "The path of the resource the request created.",
        "schema": {"type": "string"},
        "example": "/v1/interventions/5b0e7c2a-9d41-4c55-b1e0-d3f2a6c8e7b1",
    },
    "Retry-After": {
        "description": "Seconds to wait before sending again (RFC 9110).",
        "schema": {"type": "integer", "minimum": 1},
        "example": 2,
    },
}
#: ``openapi_extra`` of a POST that takes no ``Idempotency-Key`` (its answer must not be stored,
#: or its caller must not be linkable to it): the document then does not offer the header.
NO_IDEMPOTENCY_KEY = {"x-no-idempotency-key": True}

LOCATION_HEADER = {"Location": {"$ref": "#/components/headers/Location"}}
"""Put in a route's 201 response (``responses={201: {"headers": LOCATION_HEADER}}``) when the
route sets ``Location``."""


def document_headers(document: dict[str, Any]) -> dict[str, Any]:
    """Document the headers the shared middleware sends: ``X-Request-ID`` on every answer,
    ``Idempotent-Replayed`` on a POST's success, ``Retry-After`` on a 503 (idempotent)."""
    components = document.setdefault("components", {})
    components["headers"] = {**components.get("headers", {}), **HEADERS}
    ref = {name: {"$ref": f"#/components/headers/{name}"} for name in HEADERS}
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            for status, response in operation.get("responses", {}).items():
                # A new dict: the generated document shares the ones routes declared (such as
                # LOCATION_HEADER) between operations.
                headers = {**response.get("headers", {}), "X-Request-ID": ref["X-Request-ID"]}
                if method == "post" and status.startswith("2"):
                    headers["Idempotent-Replayed"] = ref["Idempotent-Replayed"]
                if status == "503":
                    headers["Retry-After"] = ref["Retry-After"]
                response["headers"] = headers
    return document


def operation_id(route: APIRoute) -> str:
    tag = str(route.tags[0]) if route.tags else "default"
    return f"{tag}-{route.name}"


def build_openapi(app: FastAPI, token_url: str | None = None) -> dict[str, Any]:
    """Generate once and cache, with our error and idempotency conventions applied, and the
    deployment's token endpoint (``token_url``) in the OAuth2 scheme when it names one."""
    if app.openapi_schema:
        return app.openapi_schema
    # A deep copy: the generated document shares dicts with what routes declared (responses,
    # openapi_extra), some of them module constants used by other apps, and the steps below
    # (and the rate-limit and header documentation after them) edit the document in place.
    document = copy.deepcopy(
        get_openapi(
            title=app.title,
            version=app.version,
            openapi_version=app.openapi_version,
            summary=app.summary,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
            contact=app.contact,
            license_info=app.license_info,
            servers=app.servers,
        )
    )
    for path_item in document.get("paths", {}).values():
        for method, operation in path_item.items():
            if "requestBody" in operation:
                _body_problems(operation)
            _problem_bodies(operation)
            if method == "post" and not operation.get("x-no-idempotency-key"):
                params = operation.setdefault("parameters", [])
                if not any(p.get("name") == IDEMPOTENCY_HEADER for p in params):
                    params.append(IDEMPOTENCY_PARAMETER)
    if token_url:
        schemes = document.get("components", {}).get("securitySchemes", {})
        for scheme in schemes.values():
            for flow in scheme.get("flows", {}).values():
                flow["tokenUrl"] = token_url
    schemas = document.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    app.openapi_schema = document
    return document


def _body_problems(operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    for status, description in BODY_PROBLEMS.items():
        responses.setdefault(status, {"description": description})


def _problem_bodies(operation: dict[str, Any]) -> None:
    for status, response in operation.get("responses", {}).items():
        if status.isdigit() and int(status) >= 400:
            response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_REF}}
            if status == "422":
                response["description"] = "Validation failed; `errors` lists each field."


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_snapshot(app: FastAPI, path: Path) -> None:
    path.write_text(render(app.openapi()), encoding="utf-8")

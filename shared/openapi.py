"""The OpenAPI contract: generation conventions and the committed snapshot per service.

Operation ids are ``{tag}-{route name}`` so generated clients read well
(``encounters-put_encounter``). Error bodies are documented as ``application/problem+json``, and
every POST documents the ``Idempotency-Key`` header that the middleware honours. Every operation
that takes a body also documents the problems answered before its code runs (400 malformed JSON,
413 and 415 from the body guard, 422 from validation), so that clients and fuzzers generated
from the document expect them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from shared.idempotency import HEADER as IDEMPOTENCY_HEADER
from shared.idempotency import MAX_KEY_LENGTH
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
    "schema": {"type": "string", "maxLength": MAX_KEY_LENGTH},
    "example": "0b7e1c5e-8c8f-4bd2-9f11-6f4c2a0e9d3a",
}


def operation_id(route: APIRoute) -> str:
    tag = str(route.tags[0]) if route.tags else "default"
    return f"{tag}-{route.name}"


def build_openapi(app: FastAPI, token_url: str | None = None) -> dict[str, Any]:
    """Generate once and cache, with our error and idempotency conventions applied, and the
    deployment's token endpoint (``token_url``) in the OAuth2 scheme when it names one."""
    if app.openapi_schema:
        return app.openapi_schema
    document = get_openapi(
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
    for path_item in document.get("paths", {}).values():
        for method, operation in path_item.items():
            if "requestBody" in operation:
                _body_problems(operation)
            _problem_bodies(operation)
            if method == "post":
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

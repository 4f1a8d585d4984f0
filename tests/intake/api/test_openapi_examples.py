"""Integrators read intake's OpenAPI: every request body and parameter shows an example.

Response bodies of intake's own models show examples too. What still lacks one comes from
``shared/`` (paging parameters, the page and feed envelopes, health probes) and is listed
here by name, so that a new gap fails and the known ones stay visible.
"""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

SHARED_PARAMETERS = {"cursor", "limit", "after"}
SHARED_RESPONSES = {"/healthz", "/readyz", "/v1/patients", "/v1/referrals", "/v1/encounters"}
SHARED_RESPONSES |= {"/v1/feed", "/v1/safety-events"}


def _has_example(document: dict[str, Any], holder: dict[str, Any], depth: int = 0) -> bool:
    """An example on the media type or schema, or on every property of an object schema
    (``Field(examples=...)``, looked up through references, one level down)."""
    if "example" in holder or "examples" in holder:
        return True
    schema = holder.get("schema", holder)
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if "examples" in schema:
        return True
    if schema.get("type") == "array" and "items" in schema:
        return _has_example(document, schema["items"], depth)
    properties = schema.get("properties")
    if properties and depth < 2:
        return all(_has_example(document, p, depth + 1) for p in properties.values())
    return False


def test_every_body_and_parameter_has_an_example(intake_client: TestClient) -> None:
    document = intake_client.get("/openapi.json").json()
    missing = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            for parameter in operation.get("parameters", []):
                shared = parameter["name"] in SHARED_PARAMETERS
                if not shared and not _has_example(document, parameter):
                    missing.append(f"{where} parameter {parameter['name']}")
            for media, content in operation.get("requestBody", {}).get("content", {}).items():
                if not _has_example(document, content):
                    missing.append(f"{where} body {media}")
            if path in SHARED_RESPONSES:
                continue
            for status, response in operation["responses"].items():
                for media, content in response.get("content", {}).items():
                    if status.startswith("2") and not _has_example(document, content):
                        missing.append(f"{where} {status} {media}")
    assert missing == []

"""A small OpenAPI document with every shape the breaking-change check reads.

A path parameter, an optional enum query parameter, a bounded integer one, a required JSON body,
a recursive response model, nullable fields (``anyOf`` with null, as FastAPI writes them), a
documented response header and a non-JSON media type. Tests copy it, change one thing and
compare.
"""

from __future__ import annotations

import copy
from typing import Any

_PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
_REQUEST_ID = {"X-Request-ID": {"$ref": "#/components/headers/X-Request-ID"}}
_THING = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
_ID = {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}

_DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "0.1.0"},
    "paths": {
        "/v1/things/{thing_id}": {
            "get": {
                "operationId": "things-get",
                "parameters": [
                    _ID,
                    {
                        "name": "view",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "enum": ["short", "full"]},
                    },
                ],
                "responses": {
                    "200": {"description": "The thing", "content": _THING, "headers": _REQUEST_ID},
                    "404": {"description": "No such thing", "content": _PROBLEM},
                },
            },
            "put": {
                "operationId": "things-put",
                "parameters": [_ID],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/ThingIn"}}
                    },
                },
                "responses": {"200": {"description": "Stored", "content": _THING}},
            },
        },
        "/v1/things": {
            "get": {
                "operationId": "things-list",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "integer", "minimum": 1, "maximum": 500},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "A page",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ThingPage"}
                            },
                            "text/csv": {"schema": {"type": "string"}},
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "ThingIn": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "maxLength": 100},
                    "kind": {"type": "string", "enum": ["a", "b", "c"]},
                    "size": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
                "required": ["name"],
            },
            "Thing": {
                "type": "object",
                "properties": {
                    "thing_id": {"type": "string"},
                    "name": {"type": "string"},
                    "kind": {"type": "string", "enum": ["a", "b", "c"]},
                    "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "parent": {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]},
                },
                "required": ["thing_id", "name", "kind"],
            },
            "ThingPage": {
                "type": "object",
                "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                },
                "required": ["items"],
            },
            "Problem": {"type": "object", "properties": {"title": {"type": "string"}}},
        },
        "headers": {"X-Request-ID": {"schema": {"type": "string"}}},
    },
}


def things() -> dict[str, Any]:
    """A fresh copy of the document, to change freely."""
    return copy.deepcopy(_DOCUMENT)

"""The breaking-change check finds each kind of break, in the right direction, and nothing else.

Each case takes the small document of tests/support/api_documents.py, changes one thing and
compares: the breaking ones must be reported at the place changed, the harmless ones not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from harness.api_diff.operations import breaking_changes
from harness.clients import SERVICES
from harness.processes import ROOT
from tests.support.api_documents import things

pytestmark = pytest.mark.no_database

Doc = dict[str, Any]
THING_IN = ("components", "schemas", "ThingIn")
THING = ("components", "schemas", "Thing")


def at(document: Doc, *keys: str | int) -> Any:
    for key in keys:
        document = document[key]
    return document


def _get(d: Doc) -> Doc:
    return at(d, "paths", "/v1/things/{thing_id}", "get")


def _list(d: Doc) -> Doc:
    return at(d, "paths", "/v1/things", "get")


def _rename_path_parameter(d: Doc) -> None:
    """``{thing_id}`` becomes ``{id}``: the same URLs on the wire."""
    item = d["paths"].pop("/v1/things/{thing_id}")
    d["paths"]["/v1/things/{id}"] = item
    for operation in item.values():
        operation["parameters"][0] = {**operation["parameters"][0], "name": "id"}


BREAKING: dict[str, tuple[Callable[[Doc], Any], str]] = {
    "operation removed": (
        lambda d: at(d, "paths", "/v1/things").pop("get"),
        "operation was removed",
    ),
    "new required query parameter": (
        lambda d: _get(d)["parameters"].append(
            {"name": "org", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "query parameter org: is new and required",
    ),
    "optional parameter now required": (
        lambda d: _get(d)["parameters"][1].update(required=True),
        "query parameter view: is now required",
    ),
    "request enum narrowed": (
        lambda d: at(d, *THING_IN, "properties", "kind").update(enum=["a", "b"]),
        "application/json.kind: no longer accepts ['c']",
    ),
    "query enum narrowed": (
        lambda d: _get(d)["parameters"][1]["schema"].update(enum=["full"]),
        "query parameter view: no longer accepts ['short']",
    ),
    "request property now required": (
        lambda d: at(d, *THING_IN, "required").append("kind"),
        "application/json.kind: is now required",
    ),
    "new required request property": (
        lambda d: (
            at(d, *THING_IN, "properties").update(owner={"type": "string"}),
            at(d, *THING_IN, "required").append("owner"),
        ),
        "application/json.owner: is a new required property",
    ),
    "request null refused": (
        lambda d: at(d, *THING_IN, "properties").update(size={"type": "integer"}),
        "application/json.size: no longer accepts null",
    ),
    "request type changed": (
        lambda d: at(d, *THING_IN, "properties", "name").update(type="integer"),
        "application/json.name: type string is now integer",
    ),
    "request maximum length lowered": (
        lambda d: at(d, *THING_IN, "properties", "name").update(maxLength=50),
        "application/json.name: maxLength is now 50 (was 100)",
    ),
    "request pattern added": (
        lambda d: at(d, *THING_IN, "properties", "name").update(pattern="^[a-z]+$"),
        "application/json.name: pattern is now",
    ),
    "request minimum added in an array": (
        lambda d: at(d, *THING_IN, "properties", "tags", "items").update(minLength=2),
        "application/json.tags[]: minLength is now 2 (was None)",
    ),
    "query maximum lowered": (
        lambda d: _list(d)["parameters"][0]["schema"].update(maximum=100),
        "query parameter limit: maximum is now 100 (was 500)",
    ),
    "unknown request properties refused": (
        lambda d: at(d, *THING_IN).update(additionalProperties=False),
        "unknown properties are now refused",
    ),
    "request body newly required": (
        lambda d: _list(d).update(
            requestBody={"required": True, "content": {"application/json": {"schema": {}}}}
        ),
        "GET /v1/things request body: is new and required",
    ),
    "request media type dropped": (
        lambda d: at(d, "paths", "/v1/things/{thing_id}", "put", "requestBody").update(
            content={"application/x-ndjson": {"schema": {"type": "string"}}}
        ),
        "request body application/json: is no longer accepted",
    ),
    "response property removed": (
        lambda d: at(d, *THING, "properties").pop("name"),
        "response 200 application/json.name: was removed",
    ),
    "response property no longer always there": (
        lambda d: at(d, *THING, "required").remove("kind"),
        "response 200 application/json.kind: may now be absent",
    ),
    "response enum widened": (
        lambda d: at(d, *THING, "properties", "kind", "enum").append("d"),
        "response 200 application/json.kind: may now be ['d']",
    ),
    "response enum lifted": (
        lambda d: at(d, *THING, "properties", "kind").pop("enum"),
        "no longer limited to ['a', 'b', 'c']",
    ),
    "response field may now be null": (
        lambda d: at(d, *THING, "properties").update(
            name={"anyOf": [{"type": "string"}, {"type": "null"}]}
        ),
        "response 200 application/json.name: may now be null",
    ),
    "change deep in a recursive model": (
        lambda d: at(d, *THING, "properties", "thing_id").update(type="integer"),
        "application/json.items[].thing_id: type string is now integer",
    ),
    "success status changed": (
        lambda d: at(d, "paths", "/v1/things/{thing_id}", "put", "responses").update(
            {"201": at(d, "paths", "/v1/things/{thing_id}", "put", "responses").pop("200")}
        ),
        "PUT /v1/things/{thing_id} response 200: is no longer answered",
    ),
    "response media type removed": (
        lambda d: at(_list(d), "responses", "200", "content").pop("text/csv"),
        "response 200 text/csv: was removed",
    ),
    "response header removed": (
        lambda d: at(_get(d), "responses", "200").pop("headers"),
        "response 200 header X-Request-ID: was removed",
    ),
}

HARMLESS: dict[str, Callable[[Doc], Any]] = {
    "new operation": lambda d: at(d, "paths", "/v1/things").update(post=_list(d)),
    "new optional query parameter": lambda d: _get(d)["parameters"].append(
        {"name": "lang", "in": "query", "schema": {"type": "string"}}
    ),
    "new optional request property": lambda d: at(d, *THING_IN, "properties").update(
        colour={"type": "string", "enum": ["red"]}
    ),
    "request property dropped, extras still ignored": lambda d: at(d, *THING_IN, "properties").pop(
        "tags"
    ),
    "request enum widened": lambda d: at(d, *THING_IN, "properties", "kind", "enum").append("d"),
    "request bound loosened": lambda d: at(d, *THING_IN, "properties", "name").update(
        maxLength=200
    ),
    "request integer widened to number": lambda d: at(d, *THING_IN, "properties").update(
        size={"anyOf": [{"type": "number"}, {"type": "null"}]}
    ),
    "request body made optional": lambda d: at(
        d, "paths", "/v1/things/{thing_id}", "put", "requestBody"
    ).update(required=False),
    "new response property": lambda d: at(d, *THING, "properties").update(
        created={"type": "string"}
    ),
    "response enum narrowed": lambda d: at(d, *THING, "properties", "kind").update(enum=["a"]),
    "response field no longer null": lambda d: at(d, *THING, "properties").update(
        note={"type": "string"}
    ),
    "path parameter renamed": lambda d: _rename_path_parameter(d),
    "new error response and prose": lambda d: _get(d).update(
        summary="Read a thing", responses={**_get(d)["responses"], "410": {"description": "Gone"}}
    ),
}


@pytest.mark.parametrize("case", sorted(BREAKING))
def test_each_breaking_change_is_found(case: str) -> None:
    change, expected = BREAKING[case]
    head = things()
    change(head)
    found = [str(c) for c in breaking_changes(things(), head)]
    assert any(expected in line for line in found), found


@pytest.mark.parametrize("case", sorted(HARMLESS))
def test_a_compatible_change_is_not_reported(case: str) -> None:
    head = things()
    HARMLESS[case](head)
    assert breaking_changes(things(), head) == []


def test_a_change_names_the_schemas_it_is_in() -> None:
    head = things()
    at(head, *THING, "properties", "kind", "enum").append("d")
    listed = [c for c in breaking_changes(things(), head) if c.operation == "GET /v1/things"]
    assert [c.schemas for c in listed] == [("ThingPage", "Thing")]


@pytest.mark.parametrize("service", SERVICES)
def test_a_real_snapshot_against_itself_and_without_an_operation(service: str) -> None:
    document = json.loads((ROOT / "services" / service / "openapi.json").read_text())
    assert breaking_changes(document, document) == []
    head = json.loads(json.dumps(document))
    path, item = next(iter(head["paths"].items()))
    method = next(iter(item))
    del item[method]
    found = breaking_changes(document, head)
    assert [str(c) for c in found] == [f"{method.upper()} {path}: operation was removed"]

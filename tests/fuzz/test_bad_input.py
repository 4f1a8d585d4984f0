"""Targeted bad input for every POST and PUT of every service, taken from the live route tables.

Each body route gets: the wrong media type (415), JSON nested 10,000 levels deep (arrays and
objects), a 200,000-element array, invalid UTF-8, and a valid example body (built from the
fields' documented examples) with one leaf at a time replaced by a non-finite or out-of-range
number (``1e309``, ``NaN``, ``Infinity``, ``2**63``, ``-1``) or a date far in the past or future
(``0001-01-01``, ``9999-12-31``, year 275760), plus duplicate keys. Every answer is below 500;
every error is a problem documented for the operation. The malformed bodies and the non-finite
numbers must be refused and store nothing: the org's feed (or metrics' lists) stays empty. The
out-of-range numbers and far dates must be refused too (a PHQ-9 answer of 5, inside every
instrument's answer range, is scored as unanswered instead: tests/measures covers that).
Oversized bodies get 413 from an app built with a small ``max_body_bytes``, with and without a
``Content-Length``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.conftest import SERVICES
from tests.support.services import migrated_client
from tests.support.tokens import bearer

PROBLEM = "application/problem+json"
FHIR = "application/fhir+json"
DEEP = 10_000
NON_FINITE = ("1e309", "NaN", "Infinity", "-Infinity")
NUMBERS = (*NON_FINITE, str(2**63), "-1")
DATES = ("0001-01-01", "9999-12-31", "+275760-09-13")
MALFORMED = {
    "deep-arrays": b"[" * DEEP + b"]" * DEEP,
    "deep-objects": b'{"a":' * DEEP + b"1" + b"}" * DEEP,
    "huge-array": b"[" + b",".join([b"0"] * 200_000) + b"]",
    "invalid-utf8": b'{"id": "\xff\xfe\xfd"}',
    "truncated": b'{"items": [',
}
WRONG_TYPES = {"text/plain": b"hello", "application/xml": b"<a/>", "multipart/form-data": b"--"}


def _documents() -> dict[str, dict[str, Any]]:
    documents = {}
    for name, (settings_cls, create_app, _migrations) in SERVICES.items():
        documents[name] = create_app(settings_cls(database_url="sqlite://")).openapi()
    return documents


DOCUMENTS = _documents()


def _body_routes() -> list[tuple[str, str, str]]:
    return [
        (service, method.upper(), path)
        for service, document in DOCUMENTS.items()
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if method in ("post", "put") and "requestBody" in operation
    ]


ROUTES = _body_routes()
IDS = [f"{s}-{m}-{p}" for s, m, p in ROUTES]


def _example(schema: Any, components: dict[str, Any], depth: int = 0) -> Any:
    """A value for ``schema`` from the documented examples (None where none is given)."""
    if depth > 8 or not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        return _example(components[schema["$ref"].rsplit("/", 1)[1]], components, depth + 1)
    if "examples" in schema:
        return schema["examples"][0]
    if "example" in schema:
        return schema["example"]
    if "properties" in schema:
        found = {
            key: _example(value, components, depth + 1)
            for key, value in schema["properties"].items()
        }
        return {key: value for key, value in found.items() if value is not None}
    if schema.get("type") == "array":
        item = _example(schema.get("items"), components, depth + 1)
        return [] if item is None else [item]
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        value = _example(option, components, depth + 1)
        if value is not None:
            return value
    return None


def _operation(service: str, method: str, path: str) -> dict[str, Any]:
    return DOCUMENTS[service]["paths"][path][method.lower()]


def _valid_body(service: str, method: str, path: str) -> Any:
    content = _operation(service, method, path)["requestBody"]["content"]
    media = content.get("application/json") or next(iter(content.values()))
    if "example" in media:
        return media["example"]
    components = DOCUMENTS[service].get("components", {}).get("schemas", {})
    return _example(media.get("schema"), components)


def _leaves(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*at, index))
    else:
        yield at, value


def _with_raw(value: Any, at: tuple[Any, ...], raw: str) -> bytes:
    """The JSON text of ``value`` with the leaf at ``at`` replaced by the literal ``raw``."""
    placeholder = f"@@{uuid.uuid4().hex}@@"
    copy = json.loads(json.dumps(value))
    target = copy
    for step in at[:-1]:
        target = target[step]
    target[at[-1]] = placeholder
    return json.dumps(copy).replace(f'"{placeholder}"', raw).encode()


def _is_date(value: Any) -> bool:
    return isinstance(value, str) and bool(re.match(r"^\d{4}-\d{2}-\d{2}", value))


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "probe-1", path)


def _send(client: TestClient, method: str, path: str, body: bytes, org: str, media: str) -> Any:
    headers = {**bearer(org), "content-type": media}
    return client.request(method, _concrete(path), content=body, headers=headers)


def _assert_documented_answer(response: Any, operation: dict[str, Any], label: str) -> None:
    assert response.status_code < 500, (label, response.text[:300])
    if response.status_code >= 400:
        # 400, 413 and 415 come from FastAPI's parsing and the body guard, before the route
        # runs: shared/openapi.py documents them on every body operation, and this holds it to.
        assert str(response.status_code) in operation["responses"], (label, response.status_code)
        if response.headers["content-type"] == FHIR:  # under /fhir: an OperationOutcome
            assert response.json()["resourceType"] == "OperationOutcome", label
            assert " /fhir/" in label, label
            return
        assert response.headers["content-type"] == PROBLEM, label
        problem = response.json()
        assert problem["status"] == response.status_code and problem["type"], label


def _stored(client: TestClient, service: str, org: str) -> list[Any]:
    """What the org has stored: its feed (intake, measures) or its own lists (metrics)."""
    if service == "metrics":
        return [
            item
            for listing in ("/v1/interventions", "/v1/collaboratives")
            for item in client.get(listing, headers=bearer(org)).json()["items"]
        ]
    answer = client.get("/v1/feed", headers=bearer(org, scope="feed:read"))
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


def _refused(response: Any, path: str) -> bool:
    """A problem, or (batches answer item by item) a 200 whose every item was refused."""
    if response.status_code >= 400:
        return True
    if path.endswith(":batch") and response.status_code == 200:
        return all(r["status"] >= 400 for r in response.json()["results"])
    return False


def _json_media(service: str, method: str, path: str) -> str:
    content = _operation(service, method, path)["requestBody"]["content"]
    return "application/json" if "application/json" in content else next(iter(content))


@pytest.mark.parametrize(("service", "method", "path"), ROUTES, ids=IDS)
def test_malformed_bodies_are_refused_and_store_nothing(
    service: str, method: str, path: str, request: pytest.FixtureRequest
) -> None:
    client: TestClient = request.getfixturevalue(f"{service}_client")
    operation, org = _operation(service, method, path), f"org-bad-{uuid.uuid4().hex[:10]}"
    media = _json_media(service, method, path)
    for name, body in MALFORMED.items():
        response = _send(client, method, path, body, org, media)
        _assert_documented_answer(response, operation, f"{name} {method} {path}")
        assert response.status_code >= 400, (name, response.text[:300])
    for wrong, body in WRONG_TYPES.items():
        response = _send(client, method, path, body, org, wrong)
        assert response.status_code == 415, (wrong, response.text[:300])
        _assert_documented_answer(response, operation, f"{wrong} {method} {path}")
    valid = _valid_body(service, method, path)
    if isinstance(valid, dict) and valid:
        first = next(iter(valid))
        duplicated = json.dumps(valid)[:-1] + f', "{first}": {json.dumps(valid[first])}}}'
        response = _send(client, method, path, duplicated.encode(), org + "-dup", media)
        _assert_documented_answer(response, operation, f"duplicate keys {method} {path}")
    for at, leaf in _leaves(valid):
        if isinstance(leaf, bool) or not isinstance(leaf, int | float) or not at:
            continue
        for raw in NON_FINITE:
            response = _send(client, method, path, _with_raw(valid, at, raw), org, media)
            label = f"{raw} at {at} {method} {path}"
            _assert_documented_answer(response, operation, label)
            assert _refused(response, path), (label, response.text[:300])
    assert _stored(client, service, org) == []


@pytest.mark.parametrize(("service", "method", "path"), ROUTES, ids=IDS)
def test_out_of_range_numbers_and_far_dates_are_refused(
    service: str, method: str, path: str, request: pytest.FixtureRequest
) -> None:
    client: TestClient = request.getfixturevalue(f"{service}_client")
    operation, org = _operation(service, method, path), f"org-far-{uuid.uuid4().hex[:10]}"
    media, valid = _json_media(service, method, path), _valid_body(service, method, path)
    tried = 0
    for at, leaf in _leaves(valid):
        if not at or isinstance(leaf, bool):
            continue
        if isinstance(leaf, int | float):
            replacements = NUMBERS
        elif _is_date(leaf):
            replacements = tuple(json.dumps(d + leaf[10:]) for d in DATES)
        else:
            continue
        for raw in replacements:
            response = _send(client, method, path, _with_raw(valid, at, raw), org, media)
            label = f"{raw} at {at} {method} {path}"
            _assert_documented_answer(response, operation, label)
            assert _refused(response, path), (label, response.text[:300])
            tried += 1
    if tried:
        # Whatever was accepted is readable again: nothing stored broke a later read.
        _stored(client, service, org)


@pytest.fixture(scope="module", params=sorted(SERVICES))
def small_limit(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, TestClient]]:
    """Each service again, built with a 2 KiB body limit."""
    settings_cls, create_app, migrations = SERVICES[request.param]
    folder: Path = tmp_path_factory.mktemp(f"limit-{request.param}")
    extra = {"consumer_enabled": False} if request.param == "metrics" else {}
    with migrated_client(
        label=f"limit_{request.param}",
        folder=folder,
        settings_cls=settings_cls,
        create_app=create_app,
        migrations_dir=migrations,
        max_body_bytes=2048,
        **extra,
    ) as client:
        yield request.param, client


def test_bodies_over_the_limit_are_413_and_store_nothing(
    small_limit: tuple[str, TestClient],
) -> None:
    service, client = small_limit
    org = f"org-big-{uuid.uuid4().hex[:10]}"
    padding = json.dumps({"padding": "x" * 4096}).encode()
    routes = [(m, p) for s, m, p in ROUTES if s == service]
    assert routes
    for method, path in routes:
        operation = _operation(service, method, path)
        media = _json_media(service, method, path)
        sized = _send(client, method, path, padding, org, media)
        assert sized.status_code == 413, (method, path, sized.text[:200])
        _assert_documented_answer(sized, operation, f"413 {method} {path}")
        chunked = client.request(
            method,
            _concrete(path),
            content=iter([padding[:1500], padding[1500:]]),
            headers={**bearer(org), "content-type": media},
        )
        assert chunked.status_code == 413, (method, path, chunked.text[:200])
    assert _stored(client, service, org) == []

"""Compare two OpenAPI documents operation by operation; list what would break a caller.

An operation is matched by method and path template with its parameter names blanked
(``/v1/patients/{id}`` is ``/v1/patients/{patient_id}``). What breaks:

- an operation removed;
- a parameter newly required (or new and required), a request body newly required, a request
  media type no longer accepted, and any request schema accepting less (schemas.py);
- a success status no longer answered, a response media type or documented header gone, and any
  response schema that may now hold what it never did (schemas.py).

What does not: new operations, optional parameters or properties, new responses, a parameter or
request property dropped (the services ignore what they do not know unless a schema says
``additionalProperties: false``, which schemas.py does check), prose and examples. The
``security`` of an operation is not compared: scopes are documented, not changed, by a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from harness.api_diff.changes import Change, Direction
from harness.api_diff.refs import resolve
from harness.api_diff.schemas import SchemaComparison

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
Document = dict[str, Any]


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


@dataclass(frozen=True)
class _Operation:
    """One operation of a document, with the parameters its path item gives all of its siblings."""

    label: str
    path: str
    spec: dict[str, Any]
    shared: list[Any]

    def parameters(self, document: Document) -> dict[Any, Any]:
        """Its parameters (its own over its path's) by location and name; path parameters by
        position, since renaming one changes nothing on the wire."""
        order = re.findall(r"\{([^}]*)\}", self.path)
        found = {}
        for raw in [*self.shared, *self.spec.get("parameters", [])]:
            parameter, _ = resolve(document, raw)
            where, name = parameter["in"], parameter["name"]
            if where == "path" and name in order:
                key: Any = ("path", order.index(name))
            else:
                key = (where, name.lower() if where == "header" else name)
            found[key] = parameter
        return found


def _operations(document: Document) -> dict[tuple[str, str], _Operation]:
    """Each operation by method and path template."""
    found = {}
    for path, item in document.get("paths", {}).items():
        item, _ = resolve(document, item)
        for method in METHODS:
            if method in item:
                label = f"{method.upper()} {path}"
                operation = _Operation(label, path, item[method], item.get("parameters", []))
                found[(method, _template(path))] = operation
    return found


def _compare_parameters(comparison: SchemaComparison, before: _Operation, now: _Operation) -> None:
    base, head = before.parameters(comparison.base), now.parameters(comparison.head)
    for key, parameter in head.items():
        where = f"{parameter['in']} parameter {parameter['name']}"
        if not parameter.get("required"):
            continue
        if key not in base:
            comparison.found.append(Change(comparison.operation, where, "is new and required"))
        elif not base[key].get("required"):
            comparison.found.append(Change(comparison.operation, where, "is now required"))
    for key in [key for key in head if key in base]:
        where = f"{head[key]['in']} parameter {head[key]['name']}"
        comparison.compare(
            base[key].get("schema", {}), head[key].get("schema", {}), Direction.REQUEST, where
        )


def _compare_body(comparison: SchemaComparison, base_op: Document, head_op: Document) -> None:
    base, _ = resolve(comparison.base, base_op.get("requestBody"))
    head, _ = resolve(comparison.head, head_op.get("requestBody"))
    if head is None:
        return
    if head.get("required") and not (base or {}).get("required"):
        what = "is now required" if base else "is new and required"
        comparison.found.append(Change(comparison.operation, "request body", what))
    if base is None:
        return
    for media, content in base.get("content", {}).items():
        where = f"request body {media}"
        if media not in head.get("content", {}):
            comparison.found.append(Change(comparison.operation, where, "is no longer accepted"))
            continue
        after = head["content"][media]
        comparison.compare(
            content.get("schema", {}), after.get("schema", {}), Direction.REQUEST, where
        )


def _compare_responses(comparison: SchemaComparison, base_op: Document, head_op: Document) -> None:
    after_all = head_op.get("responses", {})
    for status, raw in base_op.get("responses", {}).items():
        where = f"response {status}"
        if status not in after_all:
            if str(status).startswith("2"):
                comparison.found.append(
                    Change(comparison.operation, where, "is no longer answered")
                )
            continue
        base, _ = resolve(comparison.base, raw)
        head, _ = resolve(comparison.head, after_all[status])
        for media, content in base.get("content", {}).items():
            if media not in head.get("content", {}):
                comparison.found.append(
                    Change(comparison.operation, f"{where} {media}", "was removed")
                )
                continue
            after = head["content"][media]
            comparison.compare(
                content.get("schema", {}),
                after.get("schema", {}),
                Direction.RESPONSE,
                f"{where} {media}",
            )
        headers_after = {name.lower(): h for name, h in head.get("headers", {}).items()}
        for name, header in base.get("headers", {}).items():
            place = f"{where} header {name}"
            if name.lower() not in headers_after:
                comparison.found.append(Change(comparison.operation, place, "was removed"))
                continue
            before, _ = resolve(comparison.base, header)
            now, _ = resolve(comparison.head, headers_after[name.lower()])
            comparison.compare(
                before.get("schema", {}), now.get("schema", {}), Direction.RESPONSE, place
            )


def breaking_changes(base: Document, head: Document) -> list[Change]:
    """Every change from ``base`` to ``head`` that could break a caller written against ``base``."""
    found: list[Change] = []
    after = _operations(head)
    for key, before in _operations(base).items():
        now = after.get(key)
        if now is None:
            found.append(Change(before.label, "", "operation was removed"))
            continue
        comparison = SchemaComparison(base, head, before.label)
        _compare_parameters(comparison, before, now)
        _compare_body(comparison, before.spec, now.spec)
        _compare_responses(comparison, before.spec, now.spec)
        found += comparison.found
    return found

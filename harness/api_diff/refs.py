"""``$ref`` resolution and the shapes a schema can take, read the same way on both sides.

FastAPI writes OpenAPI 3.1: an optional field is ``anyOf: [X, {"type": "null"}]``, a constant is
``const``, a type may be a list. These helpers turn each into one form (alternatives, a type
set, a value set) so the comparison has one case to handle instead of several.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]
_MAX_DEPTH = 50


def resolve(document: dict[str, Any], node: Any) -> tuple[Any, tuple[str, ...]]:
    """Follow local ``$ref``s; returns the target and the component names passed through."""
    names: list[str] = []
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, not {ref!r}")
        if len(names) >= _MAX_DEPTH:
            raise ValueError(f"reference cycle at {ref}")
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        names.append(ref.rsplit("/", 1)[-1])
        node = target
    return node, tuple(names)


def alternatives(schema: Schema) -> list[Schema]:
    """The schemas a value may match: the members of ``anyOf``/``oneOf``, a ``type`` list split
    into one schema per type; otherwise the schema itself."""
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            return [member for part in schema[key] for member in alternatives(part)]
    kinds = schema.get("type")
    if isinstance(kinds, list) and len(kinds) > 1:
        return [{**schema, "type": kind} for kind in kinds]
    return [schema]


def types(schema: Schema) -> set[str] | None:
    """The JSON types the schema allows, or None when it does not say (any type)."""
    kinds = schema.get("type")
    if kinds is None:
        if "properties" in schema:
            return {"object"}
        if "items" in schema:
            return {"array"}
        return None
    return set(kinds) if isinstance(kinds, list) else {kinds}


def values(schema: Schema) -> list[Any] | None:
    """The values the schema allows, from ``enum`` or ``const``; None when unrestricted."""
    if "const" in schema:
        return [schema["const"]]
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    return None


def kind(schema: Schema) -> str:
    """A short name for an alternative, to pair it with its counterpart on the other side."""
    if "$ref" in schema:
        return "ref:" + str(schema["$ref"]).rsplit("/", 1)[-1]
    found = types(schema)
    return "type:" + ("|".join(sorted(found)) if found else "any")


def kind_of_target(document: dict[str, Any], schema: Schema) -> str:
    """The JSON type of what an alternative resolves to, for a second, looser pairing."""
    target, _ = resolve(document, schema)
    found = types(target) if isinstance(target, dict) else None
    return "|".join(sorted(found)) if found else "any"

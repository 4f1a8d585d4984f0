"""Every bound in the documents is a JSON Schema keyword a client can read.

pydantic writes a bound given in the wrong place of an ``Annotated`` (after a validator that
builds its own schema) as ``ge``/``le``, which no JSON Schema tool reads: the document then
states no bound, and a schema-valid request is refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOT_KEYWORDS = frozenset({"ge", "gt", "le", "lt", "min_length", "max_length", "multiple_of"})


def schemas(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema in ``node`` (a dict with a type or a union), skipping examples, and not
    mistaking a ``properties`` map (whose keys are field names) for a schema."""
    if isinstance(node, dict):
        if ("type" in node or "anyOf" in node) and not where.endswith("/properties"):
            yield where, node
        for key, value in node.items():
            if key not in ("examples", "example"):
                yield from schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from schemas(value, f"{where}/{index}")


@pytest.mark.parametrize("service", ["intake", "measures", "metrics"])
def test_no_schema_states_a_bound_under_a_name_json_schema_does_not_know(service: str) -> None:
    document = json.loads((ROOT / "services" / service / "openapi.json").read_text())
    wrong = [
        f"{where}: {sorted(NOT_KEYWORDS & set(schema))}"
        for where, schema in schemas(document)
        if NOT_KEYWORDS & set(schema)
    ]
    assert wrong == []

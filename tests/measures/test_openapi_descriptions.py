"""Every property of every component schema in measures' committed OpenAPI document has a
description: integrators read them in /docs and in generated clients. (The contract test keeps
the snapshot equal to the live document, so checking the snapshot checks the service.)"""

from __future__ import annotations

import json
from typing import Any

from services.measures.app import SNAPSHOT


def _undescribed(schemas: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (name, prop)
        for name, schema in schemas.items()
        for prop, spec in schema.get("properties", {}).items()
        if not str(spec.get("description", "")).strip()
    }


def test_every_component_schema_property_has_a_description() -> None:
    schemas = json.loads(SNAPSHOT.read_text(encoding="utf-8"))["components"]["schemas"]
    assert len(schemas) > 40  # the catalog, assessment, alert, webhook and FHIR models
    assert sorted(_undescribed(schemas)) == []

"""Reading the OperationOutcome a ``/fhir`` error answers with, in the terms of a problem."""

from __future__ import annotations

from typing import Any

from fhir.resources.R4B.operationoutcome import OperationOutcome

from shared.fhir_outcome import POINTER_EXTENSION


def outcome(response: Any) -> dict[str, Any]:
    """The error's OperationOutcome, checked: served as FHIR JSON, valid R4(B), problem first."""
    assert response.headers["content-type"] == "application/fhir+json", response.text
    body = response.json()
    OperationOutcome.model_validate(body)
    assert body["issue"][0]["details"]["coding"][0]["system"].endswith("/problems")
    return body


def outcome_slug(response: Any) -> str:
    """The problem type's slug (``not-found``, ``validation-error``...)."""
    return str(outcome(response)["issue"][0]["details"]["coding"][0]["code"])


def outcome_pointers(response: Any) -> list[str]:
    """The JSON Pointers of the fields at fault, in the problem's order."""
    return [
        extension["valueString"]
        for issue in outcome(response)["issue"][1:]
        for extension in issue.get("extension", [])
        if extension["url"] == POINTER_EXTENSION
    ]

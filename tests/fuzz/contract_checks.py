"""Every schemathesis check, and the two places where this API's contract is more than a schema.

``ALL_CHECKS`` is what ``schemathesis run --checks all`` runs (the installed version's registry),
plus this suite's own checks. Two built-ins are wrapped, each for one documented behaviour a JSON
Schema cannot state, and nothing else:

* **A schema-valid request refused by a rule the document states in prose.** Cross-field and
  clock-relative rules ("`actual_end` at most 12 hours after `actual_start`", "not in the future",
  "`from` not after `to`") and rules that need the catalog or the database have no JSON Schema
  keyword. Such a refusal is a 422 whose field errors all carry a rule's code (a model
  validator's ``value_error``, or a domain code). A schema-valid request refused with a code of
  :data:`SCHEMA_CODES` (a type, pattern, length, range or enum the document did not state), or
  with no field errors at all, still fails. Under ``/fhir`` the body is a FHIR resource that the
  document names (``{"type": "object"}``) and FHIR R4 defines: a 422 there is the resource
  failing FHIR's definition or its Questionnaire, which the document does not restate (and the
  answer is an OperationOutcome, not a problem with field errors).
* **An item-by-item batch.** A batch answers 200 with one result per item, and an item that breaks
  the item schema is refused alone, with a 4xx in its result (ARCHITECTURE "Errors"). A
  schema-violating batch is rejected when the whole request is (4xx) or when a result is.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.failures import AcceptedNegativeData, FailureGroup
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

#: pydantic's error types for what a JSON Schema keyword states (type, format, pattern, length,
#: range, enum, required, additionalProperties): a schema-valid request must never meet one.
SCHEMA_CODES = frozenset(
    {
        "missing", "extra_forbidden", "enum", "literal_error", "union_tag_invalid",
        "string_type", "string_pattern_mismatch", "string_too_short", "string_too_long",
        "int_type", "int_parsing", "int_from_float", "float_type", "float_parsing",
        "bool_type", "bool_parsing", "date_type", "date_parsing", "date_from_datetime_parsing",
        "datetime_type", "datetime_parsing", "datetime_from_date_parsing", "timezone_aware",
        "uuid_type", "uuid_parsing", "url_type", "url_parsing", "url_scheme",
        "greater_than", "greater_than_equal", "less_than", "less_than_equal", "multiple_of",
        "too_short", "too_long", "dict_type", "list_type", "model_type", "model_attributes_type",
        "finite_number", "json_invalid", "json_type",
    }
)  # fmt: skip

_WRAPPED = {"positive_data_acceptance", "negative_data_rejection"}


def _field_errors(response: Any) -> list[dict[str, Any]] | None:
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return None
    errors = body.get("errors") if isinstance(body, dict) else None
    return errors if isinstance(errors, list) and errors else None


@schemathesis.check
def positive_data_accepted_or_refused_by_a_stated_rule(ctx, response, case) -> None:
    """``positive_data_acceptance``, except a 422 that only names rules stated in prose."""
    try:
        positive_data_acceptance(ctx, response, case)
    except RejectedPositiveData:
        # Under /fhir a value the FHIR rules refuse (a search's date, a resource FHIR validates)
        # is answered as FHIR says: 400 for a search it cannot process (R4 http.html#search),
        # 422 for a resource it cannot accept, each an OperationOutcome naming the cause.
        if response.status_code in (400, 422) and case.operation.path.startswith("/fhir/"):
            return
        errors = _field_errors(response) if response.status_code == 422 else None
        if errors is None or any(_breaks_a_stated_keyword(e, case) for e in errors):
            raise


def _breaks_a_stated_keyword(error: dict[str, Any], case: Any) -> bool:
    """Whether a field error is for a keyword of the document, rather than a rule in its prose.
    A parameter that another one makes necessary (`unit` at the team level) is ``missing`` but
    optional in the document: that is a rule too."""
    code = error.get("code")
    if code == "missing":
        location, _, name = str(error.get("pointer", "")).lstrip("/").partition("/")
        declared = case.operation.definition.raw.get("parameters", [])
        for parameter in declared:
            if parameter.get("in") == location and parameter.get("name") == name:
                return bool(parameter.get("required"))
    return code in SCHEMA_CODES


def _is_batch(case: Any) -> bool:
    return bool(case.operation.path.endswith(":batch"))


def _an_item_was_refused(response: Any) -> bool:
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return False
    results = body.get("results") if isinstance(body, dict) else None
    return isinstance(results, list) and any(
        isinstance(r, dict) and 400 <= int(r.get("status") or 0) < 500 for r in results
    )


@schemathesis.check
def negative_data_rejected_whole_or_per_item(ctx, response, case) -> None:
    """``negative_data_rejection``; a batch may instead refuse the offending item in its result."""
    try:
        negative_data_rejection(ctx, response, case)
    except AcceptedNegativeData:
        if not (_is_batch(case) and response.status_code == 200 and _an_item_was_refused(response)):
            raise


def every_check(*own: Any) -> list[Any]:
    """All of the installed schemathesis' checks (the two above in place of the built-ins they
    wrap) and ``own``."""
    load_all_checks()
    own_names = {check.__name__ for check in own}
    ours = {
        positive_data_accepted_or_refused_by_a_stated_rule.__name__,
        negative_data_rejected_whole_or_per_item.__name__,
    }
    builtins = [
        check
        for check in CHECKS.get_all()
        if check.__module__.startswith("schemathesis.") and check.__name__ not in _WRAPPED
    ]
    assert not ({c.__name__ for c in builtins} & (ours | own_names))
    return [
        *builtins,
        positive_data_accepted_or_refused_by_a_stated_rule,
        negative_data_rejected_whole_or_per_item,
        *own,
    ]


__all__ = ["FailureGroup", "every_check"]

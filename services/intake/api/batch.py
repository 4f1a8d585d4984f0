"""Item-by-item batches for the daily extracts EHRs send: a bad item never blocks good ones.

A batch body is a JSON array, or NDJSON (one JSON object per line) with content type
``application/x-ndjson``. Every item is validated first; the valid ones are then applied together
by a set-based store function (:func:`run_set_batch`), which answers for each item as if the items
had been sent one by one, in order. A refused item stores nothing; the accepted ones and their
events commit together with the request.
"""

import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel, TypeAdapter, ValidationError

from services.intake.api.deps import item_errors
from services.intake.errors import IntakeError
from services.intake.schemas import BatchResult, ItemResult
from shared.problems import PROBLEM_TYPE_BASE, BadRequest, UnsupportedMediaType

MAX_ITEMS = 5000
NDJSON_TYPES = ("application/x-ndjson", "application/ndjson")
M = TypeVar("M", bound=BaseModel)


def batch_body(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` documenting a batch of ``model`` items as a JSON array or NDJSON."""
    item = model.model_json_schema(ref_template="#/components/schemas/{model}")
    item.pop("$defs", None)
    schema = {"type": "array", "maxItems": MAX_ITEMS, "items": item}
    kind = model.__name__
    # A batch item is its PUT body plus the id field the subclass adds: the examples get one.
    body = model.__mro__[1]
    assert issubclass(body, BaseModel)
    added = [name for name in model.model_fields if name not in body.model_fields]
    examples = [dict.fromkeys(added, "ext-0192") | e for e in item.pop("examples", [])]
    if examples:
        item["examples"] = examples
        schema["examples"] = [examples]
    ndjson = "\n".join(json.dumps(e) for e in examples[:1]) + "\n" if examples else None
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": schema},
                "application/x-ndjson": {
                    "schema": {
                        "type": "string",
                        "description": f"One {kind} JSON object per line.",
                    },
                    **({"example": ndjson} if ndjson else {}),
                },
            },
        }
    }


async def read_items(request: Request) -> list[Any]:
    """The items of a batch request body (JSON array or NDJSON)."""
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip()
    raw = await request.body()
    try:
        if content_type in NDJSON_TYPES:
            items = [json.loads(line) for line in raw.splitlines() if line.strip()]
        elif content_type in ("application/json", ""):
            items = json.loads(raw)
        else:
            raise UnsupportedMediaType("Send application/json or application/x-ndjson.")
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # 10,000-deep arrays too
        raise BadRequest("The body is not valid JSON / NDJSON.") from exc
    if not isinstance(items, list):
        raise BadRequest("A batch body is a JSON array of items.")
    if len(items) > MAX_ITEMS:
        raise BadRequest(f"A batch holds at most {MAX_ITEMS} items.")
    return items


def invalid_item(index: int, item_id: str | None, exc: ValidationError) -> ItemResult:
    """The item's validation problem; field errors point into the item."""
    return ItemResult(
        index=index,
        id=item_id,
        status=422,
        problem={
            "type": PROBLEM_TYPE_BASE + "validation-error",
            "title": "Unprocessable Content",
            "status": 422,
            "errors": item_errors(exc, f"/body/{index}"),
        },
    )


def refused_item(index: int, item_id: str | None, error: IntakeError) -> ItemResult:
    """The item's problem, as the single-item route answers it but for the request's own members
    (instance, request id); field errors point into the item."""
    fields = error.problem_fields(pointer=f"/body/{index}")
    problem = {
        "type": PROBLEM_TYPE_BASE + fields.pop("slug"),
        "title": fields.pop("title"),
        "status": fields.pop("status"),
        "detail": fields.pop("detail"),
        **fields,
    }
    return ItemResult(index=index, id=item_id, status=error.status, problem=problem)


def _item_id(raw: Any, id_field: str) -> str | None:
    item_id = raw.get(id_field) if isinstance(raw, dict) else None
    return item_id if isinstance(item_id, str) and len(item_id) <= 64 else None


Outcome = bool | IntakeError
"""What a set-based store says of one valid item: created (True), replaced or unchanged
(False), or the domain error that refused it."""


def run_set_batch(
    items: list[Any],
    model: type[M],
    id_field: str,
    apply_all: Callable[[list[M]], Sequence[Outcome]],
) -> BatchResult:
    """Validate every item, then apply the valid ones in one call of ``apply_all``.

    ``apply_all`` gets the valid items in request order and returns one outcome per item, in
    the same order. Invalid items (422) never reach it.
    """
    adapter = TypeAdapter(model)
    results: list[ItemResult | None] = []
    valid: list[M] = []
    positions: list[tuple[int, str | None]] = []
    for index, raw in enumerate(items):
        try:
            valid.append(adapter.validate_python(raw))
        except ValidationError as exc:
            results.append(invalid_item(index, _item_id(raw, id_field), exc))
            continue
        positions.append((index, _item_id(raw, id_field)))
        results.append(None)
    outcomes = apply_all(valid) if valid else []
    if len(outcomes) != len(valid):
        raise RuntimeError("a batch store must answer once per item")
    for (index, item_id), outcome in zip(positions, outcomes, strict=True):
        if isinstance(outcome, bool):
            results[index] = ItemResult(index=index, id=item_id, status=201 if outcome else 200)
        else:
            results[index] = refused_item(index, item_id, outcome)
    answered = [r for r in results if r is not None]
    refused = sum(1 for r in answered if r.status >= 400)
    return BatchResult(results=answered, accepted=len(answered) - refused, refused=refused)

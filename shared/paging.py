"""Cursor pagination: opaque ``next_cursor`` tokens over a keyset, never offsets.

A cursor is base64url JSON of the last row's sort key. It grants nothing: every request is
authorised and scoped to the caller's org again.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel, Field

from shared.problems import BadRequest

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000

T = TypeVar("T")

LimitQuery = Annotated[
    int,
    Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}."),
]
CursorQuery = Annotated[
    str | None,
    Query(max_length=512, description="`next_cursor` of the previous page; omit for the first."),
]


class Page(BaseModel, Generic[T]):
    """One page of a collection; an absent ``next_cursor`` is the only end-of-list signal."""

    items: list[T] = Field(description="The items of this page, in the collection's order.")
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` to get the next page; null at the end."
    )


def encode_cursor(key: list[Any]) -> str:
    raw = json.dumps(key, separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> list[Any] | None:
    """The keyset a cursor carries, or a 400 problem when it was not one of ours."""
    if cursor is None:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise BadRequest("The cursor is not valid; start again without one.") from exc
    if not isinstance(value, list):
        raise BadRequest("The cursor is not valid; start again without one.")
    return value

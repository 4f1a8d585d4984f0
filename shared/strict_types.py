"""Dates, times and numbers read as the OpenAPI document states them, and in no other form.

pydantic's lax mode reads a number as a Unix time (``?to=0`` was 1970-01-01, ``"0"`` too), a
date-only string as a midnight ``date-time``, and ``true`` as the integer 1. The documents say
``format: date`` (RFC 3339 ``full-date``), ``format: date-time`` (RFC 3339 ``date-time``) and
``type: integer``; a client that sends anything else has a bug it should hear about, so these
types refuse it with a 422 instead of guessing. Values already of the Python type (built by the
services' own code) pass as they are.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AwareDatetime, BeforeValidator
from pydantic_core import PydanticCustomError

# RFC 3339 section 5.6: full-date, and date-time (either case of T and Z, as the RFC allows).
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?")


def _full_date(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _FULL_DATE.fullmatch(value):
        return value
    raise PydanticCustomError("date_type", "Input should be a date written YYYY-MM-DD")


def _date_time(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATE_TIME.fullmatch(value):
        return value
    raise PydanticCustomError(
        "datetime_type", "Input should be an RFC 3339 date-time, such as 2026-03-02T14:00:00Z"
    )


#: What pydantic's ``str_strip_whitespace`` strips (Unicode White_Space, as Rust's ``trim``), as a
#: regex class body: ECMA-262's ``\s``, which a document's pattern would mean, differs (it lacks
#: U+0085 and has U+FEFF).
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: A string with something left once stripped: stated for fields whose model strips them.
NOT_BLANK = f"^[{WHITE_SPACE}]*[^{WHITE_SPACE}]"

#: Text people type (names, titles, descriptions): any character but the control characters
#: other than tab and line breaks. PostgreSQL refuses a NUL in text outright, and none of them
#: belongs in a name.
_CONTROL = "\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F"
TEXT_PATTERN = f"^[^{_CONTROL}]*$"
#: The same, with something besides white space: a name is stripped before its length is checked.
NAME_PATTERN = f"^[^{_CONTROL}]*[^{WHITE_SPACE}{_CONTROL}][^{_CONTROL}]*$"

IsoDate = Annotated[date, BeforeValidator(_full_date)]
"""A ``date`` given as ``YYYY-MM-DD``."""

IsoDateTime = Annotated[datetime, BeforeValidator(_date_time)]
"""A ``datetime`` given as an RFC 3339 date-time (the offset is checked where it is required)."""

OffsetDateTime = Annotated[AwareDatetime, BeforeValidator(_date_time)]
"""An RFC 3339 date-time that carries its UTC offset (``Z`` or ``+hh:mm``)."""


def _json_integer(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("int_type", "Input should be a JSON integer")
    return value


JSON_INTEGER = BeforeValidator(_json_integer)
"""Put last in an ``Annotated[int, ...]``: a JSON number with no fraction (``3``, or ``3.0``, which
JSON Schema counts as an integer too), not ``true``, ``"3"`` or ``3.5``. Last, because pydantic
documents a constraint given after a validator as an unknown keyword (``"ge"`` for ``minimum``).
For bodies only: a query parameter arrives as text."""

StrictInteger = Annotated[int, JSON_INTEGER]
"""An ``int`` read as :data:`JSON_INTEGER` says; bounds go before it:
``Annotated[int, Field(ge=1), JSON_INTEGER]``."""


def keys_by_pattern(schema: dict[str, Any]) -> None:
    """``json_schema_extra`` of a ``dict`` field whose keys are constrained (at any depth).

    pydantic documents a key pattern as ``patternProperties``, which leaves a key that does not
    match it allowed by the document, while the model refuses it. This states what the model
    does: every key's pattern and length under ``propertyNames``, the values under
    ``additionalProperties``."""
    patterns = schema.pop("patternProperties", None)
    if isinstance(patterns, dict) and len(patterns) == 1:
        ((pattern, values),) = patterns.items()
        schema["propertyNames"] = {**schema.get("propertyNames", {}), "pattern": pattern}
        schema["additionalProperties"] = values
    elif patterns is not None:
        schema["patternProperties"] = patterns
    values = schema.get("additionalProperties")
    if isinstance(values, dict):
        keys_by_pattern(values)

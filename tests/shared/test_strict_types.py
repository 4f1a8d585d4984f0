"""Dates, times, integers and idempotency keys are read only in the form the documents state."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated

import pytest
from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from shared.idempotency import KEY_PATTERN, parse_key
from shared.problems import BadRequest
from shared.strict_types import JSON_INTEGER, IsoDate, IsoDateTime, OffsetDateTime, StrictInteger

pytestmark = pytest.mark.no_database


class Sample(BaseModel):
    day: IsoDate | None = None
    moment: IsoDateTime | None = None
    aware: OffsetDateTime | None = None
    count: StrictInteger | None = None


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("day", "2026-03-02", date(2026, 3, 2)),
        ("day", date(2026, 3, 2), date(2026, 3, 2)),
        ("moment", "2026-03-02T14:00:00Z", datetime(2026, 3, 2, 14, tzinfo=UTC)),
        ("moment", "2026-03-02T14:00:00", datetime(2026, 3, 2, 14)),
        ("aware", "2026-03-02t14:00:00.5+00:00", datetime(2026, 3, 2, 14, 0, 0, 500000, UTC)),
        ("count", 3, 3),
        ("count", 3.0, 3),  # an integer to JSON Schema
    ],
)
def test_the_documented_form_is_read(field: str, value: object, expected: object) -> None:
    assert getattr(Sample.model_validate({field: value}), field) == expected


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("day", 0),  # was 1970-01-01, as a Unix time
        ("day", "0"),
        ("day", "20260302"),
        ("day", "2026-03-02T00:00:00Z"),
        ("moment", 1_700_000_000),
        ("moment", "1700000000"),
        ("moment", "2026-03-02"),  # was midnight
        ("aware", "2026-03-02T14:00:00"),  # no offset
        ("count", True),  # was 1
        ("count", "3"),
        ("count", 3.5),
    ],
)
def test_any_other_form_is_refused(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        Sample.model_validate({field: value})


@pytest.mark.parametrize(
    "key", ["a", "0b7e1c5e-8c8f-4bd2", "with inner space", '"quoted"', '""', "x" * 255]
)
def test_a_key_the_document_allows_is_accepted(key: str) -> None:
    assert re.fullmatch(KEY_PATTERN, key)
    assert parse_key(key) == (key[1:-1] if len(key) > 2 and key[0] == '"' == key[-1] else key)


@pytest.mark.parametrize("key", ["", " ", "x" * 256, "tab\there", "caf\u00e9", "nul\x00"])
def test_a_key_the_document_refuses_is_refused(key: str) -> None:
    assert not re.fullmatch(KEY_PATTERN, key.strip())
    with pytest.raises(BadRequest):
        parse_key(key)


def test_bounds_before_the_integer_check_are_documented_as_json_schema() -> None:
    bounded = TypeAdapter(Annotated[int, Field(ge=0, le=100), JSON_INTEGER])
    assert bounded.json_schema() == {"type": "integer", "minimum": 0, "maximum": 100}
    with pytest.raises(ValidationError):
        bounded.validate_python(True)

"""Building blocks every intake API schema shares: strict base model, ids, codes, time bounds.

Every input model forbids unknown fields. That is the main PHI guard: a name, address, phone number
or email cannot be stored because no field can hold it. Keys that look like such identifiers get
a specific error telling the caller to send a pseudonymous id instead, and no error message ever
repeats a rejected value.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from services.intake.codesets import CodeSetId, codeset
from services.intake.sensitivity import Sensitivity

__all__ = [
    "CLOCK_SKEW",
    "EARLIEST_DATE",
    "MAX_BOOKING_AHEAD",
    "ExternalId",
    "InCodeSet",
    "IntakeModel",
    "SensitivityField",
    "check_not_future",
    "check_plausible_date",
    "utc_now",
]

#: Care-process data before this date is not plausible for this service (typing errors such as
#: 0202 or 1925 for 2025 are the usual cause).
EARLIEST_DATE = date(2000, 1, 1)
#: Clinics book at most about a year ahead; two years leaves room for standing appointments.
MAX_BOOKING_AHEAD = timedelta(days=731)
#: Tolerated difference between the caller's clock and ours for "already happened" times.
CLOCK_SKEW = timedelta(hours=1)

# Words (or runs of words, joined) that name a direct identifier in a key such as "last_name",
# "phoneNumber" or "date-of-birth" (HIPAA Safe Harbor list, 45 CFR 164.514(b)(2)).
_PHI_WORDS = frozenset(
    {
        "name",
        "firstname",
        "lastname",
        "fullname",
        "givenname",
        "familyname",
        "given",
        "family",
        "surname",
        "middlename",
        "maidenname",
        "address",
        "street",
        "city",
        "zip",
        "zipcode",
        "postalcode",
        "postcode",
        "phone",
        "phonenumber",
        "telephone",
        "mobile",
        "cell",
        "telecom",
        "fax",
        "email",
        "emailaddress",
        "ssn",
        "socialsecurity",
        "socialsecuritynumber",
        "mrn",
        "medicalrecordnumber",
        "dob",
        "birthdate",
        "dateofbirth",
        "insuranceid",
        "memberid",
        "license",
        "licence",
        "ipaddress",
        "url",
    }
)
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


def _names_identifier(key: str) -> bool:
    words = [w.lower() for w in _WORD.findall(key)]
    return any(
        "".join(words[i:j]) in _PHI_WORDS
        for i in range(len(words))
        for j in range(i + 1, min(i + 4, len(words)) + 1)
    )


def utc_now() -> datetime:
    """The current time; one function so that every bound uses the same clock."""
    return datetime.now(UTC)


def _phi_like_keys(data: dict[str, Any], allowed: Set[str]) -> list[str]:
    return [
        key
        for key in data
        if isinstance(key, str) and key not in allowed and _names_identifier(key)
    ]


#: Each model's field names, looked up once per class (``model_fields`` is slow to read on
#: every validation, and batches validate thousands of items).
_FIELD_NAMES: dict[type[BaseModel], frozenset[str]] = {}


class IntakeModel(BaseModel):
    """Base of intake's API models: unknown fields are errors, identifier-like keys doubly so."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _refuse_identifiers(cls, data: Any) -> Any:
        if isinstance(data, dict):
            allowed = _FIELD_NAMES.get(cls)
            if allowed is None:
                allowed = _FIELD_NAMES[cls] = frozenset(cls.model_fields)
            if data.keys() <= allowed:  # the usual case: only known fields, nothing to refuse
                return data
            keys = _phi_like_keys(data, allowed)
            if keys:
                raise PydanticCustomError(
                    "phi_not_accepted",
                    "Fields that could identify a person are not accepted ({keys}); intake keeps "
                    "only pseudonymous ids and coded categories.",
                    {"keys": ", ".join(sorted(keys))},
                )
        return data


_SSN_SHAPE = re.compile(r"\d{3}-?\d{2}-?\d{4}")


def _not_ssn_shaped(value: str) -> str:
    if _SSN_SHAPE.fullmatch(value):
        raise ValueError("looks like a Social Security number; use a random pseudonymous id")
    return value


ExternalId = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$",
        description="An id chosen by the caller, unique within the caller's org. For patients it "
        "must be pseudonymous: random, not derived from an MRN or other identifier (HIPAA "
        "45 CFR 164.514(c)).",
        examples=["7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17"],
    ),
    AfterValidator(_not_ssn_shaped),
]


@dataclass(frozen=True, slots=True)
class InCodeSet:
    """``Annotated`` marker restricting a string to one code set, listed as an OpenAPI enum."""

    codeset_id: CodeSetId

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self._check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        json_schema["enum"] = list(codeset(self.codeset_id).codes)
        return json_schema

    def _check(self, value: str) -> str:
        codes = codeset(self.codeset_id)
        if value not in codes:
            raise PydanticCustomError(
                "code_not_in_set",
                "Not a code of the {title} code set ({source}).",
                {"title": codes.title, "source": codes.source.name},
            )
        return value


SensitivityField = Annotated[
    Sensitivity | None,
    Field(
        description="`part2` when the record comes from a 42 CFR Part 2 substance-use-disorder "
        "program: counted in aggregates, but its details are not published on the feed unless "
        "the org allows it.",
        examples=[None, "part2"],
    ),
]


def check_plausible_date(value: date, *, field: str, ahead: timedelta) -> None:
    """Raise ValueError when ``value`` is before 2000 or more than ``ahead`` in the future."""
    if value < EARLIEST_DATE:
        raise ValueError(f"{field} is before {EARLIEST_DATE.isoformat()}")
    if value > (utc_now() + ahead).date():
        raise ValueError(f"{field} is too far in the future")


def check_not_future(value: datetime, *, field: str) -> None:
    """Raise ValueError when something that already happened is dated in the future."""
    if value.date() < EARLIEST_DATE:
        raise ValueError(f"{field} is before {EARLIEST_DATE.isoformat()}")
    if value > utc_now() + CLOCK_SKEW:
        raise ValueError(f"{field} is in the future")

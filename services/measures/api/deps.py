"""Dependencies shared by measures' routers, and the translation of domain errors to problems."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends

from services.measures.errors import (
    EmptyResponseError,
    InstrumentNotEnabledError,
    InvalidOverrideError,
    PatientRequiredError,
    StaffIdentityError,
    UnknownInstrumentError,
    UnscorableResponseError,
)
from shared.auth import Caller, require_scopes
from shared.problems import Forbidden, NotFound, Unprocessable

Writer = Annotated[Caller, Depends(require_scopes("measures:write"))]
Reader = Annotated[Caller, Depends(require_scopes("measures:read"))]


def problem_for(error: Exception, pointer: str = "/body") -> Exception:
    """The problem a domain error becomes (never echoing answer values)."""
    if isinstance(error, UnknownInstrumentError):
        return NotFound(str(error), slug="unknown-instrument", title="Unknown Instrument")
    if isinstance(error, InstrumentNotEnabledError):
        return Forbidden(str(error), slug="instrument-not-enabled", title="Instrument Not Enabled")
    if isinstance(error, UnscorableResponseError):
        where = f"{pointer}/item/{error.link_id}" if error.link_id else pointer
        return Unprocessable(
            str(error),
            errors=[{"pointer": where, "detail": error.reason, "code": "unscorable"}],
            link_id=error.link_id,
        )
    if isinstance(error, PatientRequiredError):
        return Unprocessable(
            str(error),
            errors=[{"pointer": f"{pointer}/patient_id", "detail": "required", "code": "missing"}],
        )
    if isinstance(error, EmptyResponseError):
        return Unprocessable(
            str(error),
            slug="empty-response",
            title="Empty Response",
            errors=[{"pointer": f"{pointer}/answers", "detail": str(error), "code": "empty"}],
        )
    if isinstance(error, StaffIdentityError):
        detail = "not accepted for a staff instrument"
        return Unprocessable(
            str(error),
            errors=[{"pointer": f"{pointer}/{error.field}", "detail": detail, "code": "forbidden"}],
        )
    if isinstance(error, InvalidOverrideError):
        return Unprocessable(
            str(error),
            errors=[
                {
                    "pointer": f"{pointer}/overrides",
                    "detail": str(error),
                    "code": "invalid_override",
                }
            ],
        )
    return error


@contextmanager
def domain_errors(pointer: str = "/body") -> Iterator[None]:
    """Run domain code and raise its errors as problem details."""
    try:
        yield
    except (
        UnknownInstrumentError,
        InstrumentNotEnabledError,
        UnscorableResponseError,
        InvalidOverrideError,
        PatientRequiredError,
        EmptyResponseError,
        StaffIdentityError,
    ) as error:
        raise problem_for(error, pointer) from error

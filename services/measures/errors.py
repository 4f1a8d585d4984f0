"""The errors measures' domain code raises on purpose, in one place, each naming its problem.

Domain code knows nothing of HTTP: each class carries the status, problem type (slug) and title
it is answered with, and the shared handler (:func:`shared.problems.install_problem_handlers`)
renders it; routers never catch or translate. A batch turns one item's error into that item's
problem with :meth:`~shared.errors.DomainError.problem_fields`. Messages never carry answer
values or other PHI, only identifiers (instrument ids, item ids, FHIR linkIds).

    MeasuresError
    ├── InvalidOverrideError        -> 422 validation-error, errors at /overrides
    ├── UnknownInstrumentError      -> 404 unknown-instrument
    ├── InstrumentNotEnabledError   -> 403 instrument-not-enabled
    ├── UnscorableResponseError     -> 422 validation-error, errors at /item/<linkId>, link_id
    ├── PatientRequiredError        -> 422 validation-error, errors at /patient_id
    ├── EmptyResponseError          -> 422 empty-response, errors at /answers
    ├── StaffIdentityError          -> 422 validation-error, errors at /<the field>
    ├── AssessmentIdReusedError     -> 409 assessment-id-reused
    ├── AlertClosedError            -> 409 alert-closed
    ├── ActionIdReusedError         -> 409 action-id-reused
    ├── ActionTimeError             -> 422 validation-error, errors at /performed_at
    ├── InvalidSearchError          -> 400 invalid-search, errors at /query/<parameter>
    └── the staff surveys' eight   -> services/measures/staff_surveys/errors.py

A webhook registration's two errors, ``UnsafeUrlError`` (422 unsafe-webhook-url, errors at
/url) and ``WebhookLimitError`` (409 webhook-limit), are :mod:`shared.webhooks`' and re-exported
here: intake answers them the same way.

Two errors are ours, not a caller's, and so no MeasuresError: a broken catalog or link-map file
(:class:`CatalogError`, found when the catalog loads) and a FHIR resource we built that does not
validate (:class:`FhirValidationError`). Either reaches a caller, if ever, as the plain 500, and
is logged with the request id.
"""

from __future__ import annotations

from typing import Any

from shared.errors import DomainError, FieldErrorDict
from shared.webhooks.errors import UnsafeUrlError, WebhookLimitError

__all__ = [
    "ActionIdReusedError",
    "ActionTimeError",
    "AlertClosedError",
    "AssessmentIdReusedError",
    "CatalogError",
    "EmptyResponseError",
    "FhirValidationError",
    "InstrumentNotEnabledError",
    "InvalidOverrideError",
    "InvalidSearchError",
    "MeasuresError",
    "PatientRequiredError",
    "StaffIdentityError",
    "UnknownInstrumentError",
    "UnsafeUrlError",
    "UnscorableResponseError",
    "WebhookLimitError",
]

_UNPROCESSABLE = (422, "validation-error", "Unprocessable Content")


class MeasuresError(DomainError):
    """Base of every error the measures domain raises on purpose."""


class CatalogError(Exception):
    """An instrument catalog file or a link map breaks its schema or its own rules: a bug of the
    deployment, which stops the catalog from loading (not a MeasuresError: see above)."""


class FhirValidationError(Exception):
    """A resource we built does not validate: a bug in our mapping, never the caller's fault
    (not a MeasuresError: see above)."""


class InvalidOverrideError(MeasuresError):
    """An organisation's override names an unknown field or sets an impossible value."""

    status, slug, title = _UNPROCESSABLE

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [
            {"pointer": f"{pointer}/overrides", "detail": str(self), "code": "invalid_override"}
        ]


class UnknownInstrumentError(MeasuresError):
    """No instrument with this id (and version) is in the catalog."""

    status, slug, title = 404, "unknown-instrument", "Unknown Instrument"

    def __init__(self, instrument_id: str, version: int | None = None) -> None:
        label = instrument_id if version is None else f"{instrument_id} v{version}"
        super().__init__(f"unknown instrument: {label}")
        self.instrument_id = instrument_id
        self.version = version


class InstrumentNotEnabledError(MeasuresError):
    """The instrument's licence restricts commercial use and the organisation has not enabled it."""

    status, slug, title = 403, "instrument-not-enabled", "Instrument Not Enabled"

    def __init__(self, instrument_id: str) -> None:
        super().__init__(
            f"instrument {instrument_id} restricts commercial use; "
            "an organisation must enable it after securing permission"
        )
        self.instrument_id = instrument_id


class UnscorableResponseError(MeasuresError):
    """A QuestionnaireResponse item cannot be turned into an answer value.

    ``link_id`` names the offending FHIR item and ``reason`` says why, so that the sender can fix
    their form without the service echoing the answer itself.
    """

    status, slug, title = _UNPROCESSABLE

    def __init__(self, link_id: str | None, reason: str) -> None:
        where = f"item {link_id!r}" if link_id is not None else "response"
        super().__init__(f"{where}: {reason}")
        self.link_id = link_id
        self.reason = reason

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        where = f"{pointer}/item/{self.link_id}" if self.link_id else pointer
        return [{"pointer": where, "detail": self.reason, "code": "unscorable"}]

    def extensions(self) -> dict[str, Any]:
        return {"link_id": self.link_id}


class PatientRequiredError(MeasuresError):
    """A patient instrument was sent without a ``patient_id`` (only clinician instruments, such
    as the burnout item, are stored without one)."""

    status, slug, title = _UNPROCESSABLE

    def __init__(self) -> None:
        super().__init__("A patient instrument needs a patient_id.")

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [{"pointer": f"{pointer}/patient_id", "detail": "required", "code": "missing"}]


class EmptyResponseError(MeasuresError):
    """No item of the instrument has a valid answer. Such a response says nothing (an empty
    C-SSRS screen is not a negative screen), so it is refused and nothing is stored."""

    status, slug, title = 422, "empty-response", "Empty Response"

    def __init__(self, instrument_id: str) -> None:
        super().__init__(f"no item of {instrument_id} has a valid answer")
        self.instrument_id = instrument_id

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [{"pointer": f"{pointer}/answers", "detail": str(self), "code": "empty"}]


class StaffIdentityError(MeasuresError):
    """A staff instrument (such as the burnout item) was sent with a person's id. Staff answers
    are anonymous, so the id is refused rather than silently kept or dropped: the sender learns
    its form asks for something it must not send."""

    status, slug, title = _UNPROCESSABLE

    def __init__(self, field: str) -> None:
        super().__init__(
            f"A staff instrument is answered anonymously: remove {field}; "
            "only team_id and site_id may say where the answer came from."
        )
        self.field = field

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        detail = "not accepted for a staff instrument"
        return [{"pointer": f"{pointer}/{self.field}", "detail": detail, "code": "forbidden"}]


class AssessmentIdReusedError(MeasuresError):
    """An assessment id already names a stored assessment with other content (a resend with the
    same content is answered with the stored one instead)."""

    status, slug, title = 409, "assessment-id-reused", "Conflict"

    def __init__(self) -> None:
        super().__init__("Another assessment was stored under this id.")


class AlertClosedError(MeasuresError):
    """The alert was closed by an earlier action: its history takes no more entries."""

    status, slug, title = 409, "alert-closed", "Conflict"

    def __init__(self) -> None:
        super().__init__("The alert is closed; no further action can be recorded on it.")


class ActionIdReusedError(MeasuresError):
    """An action id already names a recorded action with another body (or another alert); a
    retry with the same body is answered with the stored action instead."""

    status, slug, title = 409, "action-id-reused", "Conflict"

    def __init__(self) -> None:
        super().__init__("Another action was recorded under this action_id.")


class ActionTimeError(MeasuresError):
    """``performed_at`` lies after the server's clock (beyond the skew allowed) or before the
    alert was raised: neither can be when the action happened."""

    status, slug, title = _UNPROCESSABLE

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        detail = self.detail or self.title
        return [{"pointer": f"{pointer}/performed_at", "detail": detail, "code": "out_of_range"}]


class InvalidSearchError(MeasuresError):
    """A FHIR search parameter's value cannot be read (a malformed date, an unknown prefix, a
    page cursor of another search): FHIR answers those with 400, not 422."""

    status, slug, title = 400, "invalid-search", "Bad Request"

    def __init__(self, parameter: str, detail: str) -> None:
        super().__init__(f"The search parameter {parameter} is not valid: {detail}")
        self.parameter = parameter
        self.reason = detail

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [{"pointer": f"/query/{self.parameter}", "detail": self.reason, "code": "invalid"}]

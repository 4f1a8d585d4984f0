"""Domain errors of the measures service, in one place.

The domain knows nothing of HTTP: routers translate these into problem details. Messages never
carry answer values or other PHI, only identifiers (instrument ids, item ids, FHIR linkIds).
"""

from __future__ import annotations


class MeasuresError(Exception):
    """Base of every error the measures domain raises on purpose."""


class CatalogError(MeasuresError):
    """An instrument catalog file (or an override) breaks the catalog schema or its own rules."""


class UnknownInstrumentError(MeasuresError):
    """No instrument with this id (and version) is in the catalog."""

    def __init__(self, instrument_id: str, version: int | None = None) -> None:
        self.instrument_id = instrument_id
        self.version = version
        label = instrument_id if version is None else f"{instrument_id} v{version}"
        super().__init__(f"unknown instrument: {label}")


class InstrumentNotEnabledError(MeasuresError):
    """The instrument's licence restricts commercial use and the organisation has not enabled it."""

    def __init__(self, instrument_id: str) -> None:
        self.instrument_id = instrument_id
        super().__init__(
            f"instrument {instrument_id} restricts commercial use; "
            "an organisation must enable it after securing permission"
        )


class InvalidOverrideError(CatalogError):
    """An organisation's override names an unknown field or sets an impossible value."""


class UnscorableResponseError(MeasuresError):
    """A QuestionnaireResponse item cannot be turned into an answer value.

    ``link_id`` names the offending FHIR item and ``reason`` says why, so that the sender can fix
    their form without the service echoing the answer itself.
    """

    def __init__(self, link_id: str | None, reason: str) -> None:
        self.link_id = link_id
        self.reason = reason
        where = f"item {link_id!r}" if link_id is not None else "response"
        super().__init__(f"{where}: {reason}")


class PatientRequiredError(MeasuresError):
    """A patient instrument was sent without a ``patient_id`` (only clinician instruments, such
    as the burnout item, are stored without one)."""

    def __init__(self) -> None:
        super().__init__("A patient instrument needs a patient_id.")


class EmptyResponseError(MeasuresError):
    """No item of the instrument has a valid answer. Such a response says nothing (an empty
    C-SSRS screen is not a negative screen), so it is refused and nothing is stored."""

    def __init__(self, instrument_id: str) -> None:
        self.instrument_id = instrument_id
        super().__init__(f"no item of {instrument_id} has a valid answer")


class StaffIdentityError(MeasuresError):
    """A staff instrument (such as the burnout item) was sent with a person's id. Staff answers
    are anonymous, so the id is refused rather than silently kept or dropped: the sender learns
    its form asks for something it must not send."""

    def __init__(self, field: str) -> None:
        self.field = field
        super().__init__(
            f"A staff instrument is answered anonymously: remove {field}; "
            "only team_id and site_id may say where the answer came from."
        )

"""Each measures error names its own problem (status, type, title, the fields at fault), as the
routers' translator used to: the shared handler renders it, a batch points it at its item."""

from __future__ import annotations

import pytest

from services.measures.errors import (
    AssessmentIdReusedError,
    CatalogError,
    EmptyResponseError,
    FhirValidationError,
    InstrumentNotEnabledError,
    InvalidOverrideError,
    MeasuresError,
    PatientRequiredError,
    StaffIdentityError,
    UnknownInstrumentError,
    UnsafeUrlError,
    UnscorableResponseError,
    WebhookLimitError,
)
from shared.errors import DomainError

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def test_an_unscorable_item_points_at_its_link_id_and_names_it() -> None:
    fields = UnscorableResponseError("PHQ.9", "no answer value").problem_fields()

    assert fields == {
        "status": 422,
        "slug": "validation-error",
        "title": "Unprocessable Content",
        "detail": "item 'PHQ.9': no answer value",
        "errors": [
            {"pointer": "/body/item/PHQ.9", "detail": "no answer value", "code": "unscorable"}
        ],
        "link_id": "PHQ.9",
    }


def test_an_unscorable_response_points_at_the_body() -> None:
    fields = UnscorableResponseError(None, "not a QuestionnaireResponse").problem_fields()

    assert fields["errors"][0]["pointer"] == "/body"
    assert fields["link_id"] is None


@pytest.mark.parametrize(
    ("error", "status", "slug", "title", "pointer"),
    [
        (UnknownInstrumentError("x", 2), 404, "unknown-instrument", "Unknown Instrument", None),
        (
            InstrumentNotEnabledError("pcl5"),
            403,
            "instrument-not-enabled",
            "Instrument Not Enabled",
            None,
        ),
        (PatientRequiredError(), 422, "validation-error", "Unprocessable Content", "patient_id"),
        (EmptyResponseError("phq9"), 422, "empty-response", "Empty Response", "answers"),
        (
            StaffIdentityError("clinician_id"),
            422,
            "validation-error",
            "Unprocessable Content",
            "clinician_id",
        ),
        (
            InvalidOverrideError("phq9: no subscale"),
            422,
            "validation-error",
            "Unprocessable Content",
            "overrides",
        ),
        (AssessmentIdReusedError(), 409, "assessment-id-reused", "Conflict", None),
        (
            UnsafeUrlError("private_address", "The URL resolves to a private address."),
            422,
            "unsafe-webhook-url",
            "Unprocessable Content",
            "url",
        ),
        (WebhookLimitError("At most 2."), 409, "webhook-limit", "Conflict", None),
    ],
)
def test_each_error_carries_its_problem_and_points_at_a_batch_item(
    error: MeasuresError, status: int, slug: str, title: str, pointer: str | None
) -> None:
    fields = error.problem_fields(pointer="/body/items/3")

    assert (fields["status"], fields["slug"], fields["title"]) == (status, slug, title)
    assert fields["detail"] == str(error)
    if pointer is None:
        assert "errors" not in fields
    else:
        assert [e["pointer"] for e in fields["errors"]] == [f"/body/items/3/{pointer}"]


def test_our_own_bugs_are_not_problems_for_the_caller() -> None:
    # A broken catalog file or an invalid resource we built is the plain, logged 500.
    assert not issubclass(CatalogError, DomainError)
    assert not issubclass(FhirValidationError, DomainError)

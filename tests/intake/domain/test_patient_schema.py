"""The patient schema: coded categories only, nothing that identifies a person."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from services.intake.schemas import (
    EncounterIn,
    EncounterOut,
    FeedbackIn,
    PatientIn,
    PatientOut,
    ReferralIn,
    ReferralOut,
    TechnicalProblems,
)

FULL = {
    "birth_year": 1987,
    "sex": "248152002",
    "gender_identity": "33791000087105",
    "race": ["2054-5", "2106-3"],
    "ethnicity": "2186-5",
    "preferred_language": "es-mx",
    "payer_type": "2",
    "rurality": "small-rural",
    "sensitivity": "part2",
}


def errors_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    with pytest.raises(ValidationError) as caught:
        PatientIn.model_validate(data)
    return caught.value.errors(include_input=False)


def test_every_category_is_optional() -> None:
    assert PatientIn.model_validate({}).model_dump(exclude_none=True) == {}


def test_a_full_patient_is_kept_with_its_language_tag_normalised() -> None:
    patient = PatientIn.model_validate(FULL)
    assert patient.model_dump() == FULL | {"preferred_language": "es-MX"}


def test_output_derives_age_band_and_2024_categories() -> None:
    out = PatientOut.build(
        patient_id="p-1",
        patient=PatientIn.model_validate(FULL | {"ethnicity": "2135-2"}),
        updated_at=datetime(2025, 1, 2, tzinfo=UTC),
        today=date(2025, 1, 2),
    )
    assert (out.age_band, out.race_ethnicity_2024) == (
        "26-44",
        ["black", "hispanic-latino", "white"],
    )
    no_year = PatientOut.build(patient_id="p-2", patient=PatientIn(), updated_at=out.updated_at)
    assert (no_year.age_band, no_year.race_ethnicity_2024) == (None, [])


@pytest.mark.parametrize(
    "key",
    [
        "name",
        "first_name",
        "lastName",
        "given",
        "address",
        "homeAddress",
        "zip_code",
        "city",
        "phone",
        "phoneNumber",
        "telecom",
        "email",
        "ssn",
        "social_security_number",
        "mrn",
        "date_of_birth",
        "birthDate",
        "dob",
    ],
)
def test_identifier_fields_are_refused_without_repeating_their_value(key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PatientIn.model_validate({key: "Jane Q. Public 555-0100"})
    [error] = caught.value.errors(include_input=False)
    assert error["type"] == "phi_not_accepted"
    assert key in error["msg"]
    assert "Jane" not in str(caught.value.errors(include_input=False))


def test_other_unknown_fields_are_refused() -> None:
    [error] = errors_of({"favourite_colour": "blue"})
    assert (error["type"], error["loc"]) == ("extra_forbidden", ("favourite_colour",))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sex", "F"),
        ("sex", "female"),
        ("gender_identity", "nonbinary"),
        ("race", ["white"]),
        ("ethnicity", "hispanic"),
        ("payer_type", "10"),
        ("payer_type", "21"),
        ("rurality", "rural"),
        ("sensitivity", "hiv"),
    ],
)
def test_values_outside_the_code_sets_are_refused(field: str, value: object) -> None:
    errors = errors_of({field: value})
    assert [e["loc"][0] for e in errors] == [field]


@pytest.mark.parametrize("race", [["ASKU", "2106-3"], ["2106-3", "2106-3"], []])
def test_race_list_rules_apply(race: list[str]) -> None:
    if not race:
        assert PatientIn.model_validate({"race": race}).race == []
        return
    [error] = errors_of({"race": race})
    assert error["loc"] == ("race",)


@pytest.mark.parametrize("year", [1899, datetime.now(UTC).year + 1])
def test_implausible_birth_years_are_refused(year: int) -> None:
    [error] = errors_of({"birth_year": year})
    assert error["loc"] == ("birth_year",)


def test_openapi_schema_lists_the_codes_integrators_may_send() -> None:
    schema = PatientIn.model_json_schema()["properties"]
    assert schema["sex"]["anyOf"][0]["enum"] == ["248152002", "248153007", "UNK", "ASKU"]
    assert "2118-8" in schema["race"]["anyOf"][0]["items"]["enum"]


@pytest.mark.parametrize(
    "model",
    [
        PatientIn,
        PatientOut,
        ReferralIn,
        ReferralOut,
        EncounterIn,
        EncounterOut,
        TechnicalProblems,
        FeedbackIn,
    ],
)
def test_every_field_has_a_description_and_an_example(model: type[BaseModel]) -> None:
    """Integrators read these in /docs; a field without them is a question on the support desk."""
    properties = model.model_json_schema()["properties"]
    assert [k for k, v in properties.items() if "description" not in v] == []
    assert [k for k, v in properties.items() if "examples" not in v] == []


@pytest.mark.parametrize("model", [PatientIn, ReferralIn, EncounterIn, FeedbackIn])
def test_examples_shown_in_docs_are_valid(model: type[BaseModel]) -> None:
    """A client that copies an example from /docs must not get a 422."""
    schema = model.model_json_schema()
    for body in schema["examples"]:
        model.model_validate(body)
    for name, field in model.model_fields.items():
        adapter: TypeAdapter[Any] = TypeAdapter(field.rebuild_annotation())
        for example in field.examples or []:
            assert adapter.validate_python(example) is not None or example is None, name


@pytest.mark.parametrize("model", [PatientIn, ReferralIn, EncounterIn, FeedbackIn])
def test_input_models_forbid_unknown_fields(model: type[BaseModel]) -> None:
    assert model.model_config.get("extra") == "forbid"

"""API schemas for pseudonymous patients and the demographic categories used for equity views.

A patient is an id chosen by the caller plus optional coded categories; nothing else can be
stored (see :class:`~services.intake.schemas.common.IntakeModel`). Every category is optional
because patients may decline and EHRs differ in what they collect; ``null`` means "not sent",
while the code ``ASKU`` records "asked and declined", which equity views report separately.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import AwareDatetime, ConfigDict, Field, field_validator

from services.intake.codesets.age import EARLIEST_BIRTH_YEAR, age_band
from services.intake.codesets.language import normalise_language_tag
from services.intake.codesets.race import race_list_problem, spd15_2024_categories
from services.intake.schemas.common import (
    ExternalId,
    InCodeSet,
    IntakeModel,
    SensitivityField,
    utc_now,
)
from shared.strict_types import JSON_INTEGER

__all__ = ["PatientBatchItem", "PatientIn", "PatientOut"]

SexCode = Annotated[str, InCodeSet("sex")]
GenderIdentityCode = Annotated[str, InCodeSet("gender_identity")]
RaceCode = Annotated[str, InCodeSet("race")]
EthnicityCode = Annotated[str, InCodeSet("ethnicity")]
PayerTypeCode = Annotated[str, InCodeSet("payer_type")]
RuralityCode = Annotated[str, InCodeSet("rurality")]


class PatientIn(IntakeModel):
    """Body of `PUT /v1/patients/{patient_id}`: replaces all of the patient's categories."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "birth_year": 1987,
                    "sex": "248152002",
                    "gender_identity": "446141000124107",
                    "race": ["2054-5"],
                    "ethnicity": "2186-5",
                    "preferred_language": "en",
                    "payer_type": "2",
                    "rurality": "urban",
                }
            ]
        }
    )

    birth_year: Annotated[int, Field(ge=EARLIEST_BIRTH_YEAR), JSON_INTEGER] | None = Field(
        default=None,
        description="Year of birth (never the full date: HIPAA Safe Harbor keeps only the year). "
        "Age bands are derived from it: 0-17, 18-25, 26-44, 45-64, 65+.",
        examples=[1987],
    )
    sex: SexCode | None = Field(
        default=None,
        description="Sex, as a SNOMED CT code of the US Core Sex extension (248152002 female, "
        "248153007 male) or UNK / ASKU.",
        examples=["248152002"],
    )
    gender_identity: GenderIdentityCode | None = Field(
        default=None,
        description="Self-reported gender identity, as a SNOMED CT code of the US Core Gender "
        "Identity extension (446141000124107 female, 446151000124109 male, 33791000087105 "
        "nonbinary) or OTH / UNK / ASKU.",
        examples=["33791000087105"],
    )
    race: list[RaceCode] | None = Field(
        default=None,
        max_length=6,
        description="OMB race categories as CDC Race & Ethnicity codes; several allowed "
        "(1002-5, 2028-9, 2054-5, 2076-8, 2106-3, and 2118-8 Middle Eastern or North African), "
        "or UNK / ASKU alone.",
        examples=[["2054-5", "2106-3"]],
    )
    ethnicity: EthnicityCode | None = Field(
        default=None,
        description="OMB ethnicity as a CDC Race & Ethnicity code: 2135-2 Hispanic or Latino, "
        "2186-5 Not Hispanic or Latino, or UNK / ASKU.",
        examples=["2186-5"],
    )
    preferred_language: str | None = Field(
        default=None,
        max_length=35,
        description="Preferred language as a BCP 47 tag (RFC 5646), e.g. `en`, `es-MX`, "
        "`zh-Hant`; stored in canonical case.",
        examples=["es"],
    )
    payer_type: PayerTypeCode | None = Field(
        default=None,
        description="Primary payer, top level of the Source of Payment Typology (PHDSC/NAHDO): "
        "1 Medicare, 2 Medicaid, 3 other government, 4 corrections, 5 private, 6 BCBS, "
        "7 managed care unspecified, 8 no payment (self-pay), 9 other.",
        examples=["2"],
    )
    rurality: RuralityCode | None = Field(
        default=None,
        description="Rurality of the patient's residence in four RUCA-based categories (WWAMI "
        "RHRC categorization A): urban, large-rural, small-rural, isolated. Send the category, "
        "never the ZIP code.",
        examples=["small-rural"],
    )
    sensitivity: SensitivityField = None

    @field_validator("birth_year")
    @classmethod
    def _born_by_now(cls, value: int | None) -> int | None:
        if value is not None and value > utc_now().year:
            raise ValueError("birth_year is in the future")
        return value

    @field_validator("race")
    @classmethod
    def _race_list(cls, value: list[str] | None) -> list[str] | None:
        if value is not None:
            problem = race_list_problem(value)
            if problem:
                raise ValueError(problem)
        return value

    @field_validator("preferred_language")
    @classmethod
    def _language_tag(cls, value: str | None) -> str | None:
        return None if value is None else normalise_language_tag(value)


class PatientOut(PatientIn):
    """A stored patient as the API returns it, with the categories intake derives."""

    patient_id: ExternalId
    age_band: str | None = Field(
        description="Age band in the current year, derived from `birth_year`; null when the "
        "birth year is unknown.",
        examples=["26-44"],
    )
    race_ethnicity_2024: list[str] = Field(
        description="OMB SPD 15 (2024) combined race and ethnicity categories derived from "
        "`race` and `ethnicity`: aian, asian, black, hispanic-latino, mena, nhpi, white. Empty "
        "when none is known.",
        examples=[["black", "white"]],
    )
    updated_at: AwareDatetime = Field(
        description="When intake last accepted a change to this patient.",
        examples=["2025-03-14T09:30:00Z"],
    )

    @classmethod
    def build(
        cls,
        *,
        patient_id: str,
        patient: PatientIn,
        updated_at: datetime,
        today: date | None = None,
    ) -> PatientOut:
        """The API view of ``patient``, deriving age band and 2024 categories as of ``today``."""
        today = today or utc_now().date()
        derived: dict[str, object] = {
            "patient_id": patient_id,
            "updated_at": updated_at,
            "age_band": None if patient.birth_year is None else age_band(patient.birth_year, today),
            "race_ethnicity_2024": spd15_2024_categories(patient.race or [], patient.ethnicity),
        }
        return cls.model_validate(patient.model_dump() | derived)


class PatientBatchItem(PatientIn):
    """One patient of a batch: the PUT body plus its id."""

    patient_id: ExternalId

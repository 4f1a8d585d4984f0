from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.patient_in_ethnicity_type_0 import PatientInEthnicityType0
from ..models.patient_in_gender_identity_type_0 import PatientInGenderIdentityType0
from ..models.patient_in_payer_type_type_0 import PatientInPayerTypeType0
from ..models.patient_in_race_type_0_item import PatientInRaceType0Item
from ..models.patient_in_rurality_type_0 import PatientInRuralityType0
from ..models.patient_in_sex_type_0 import PatientInSexType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientIn")


@_attrs_define
class PatientIn:
    """Body of `PUT /v1/patients/{patient_id}`: replaces all of the patient's categories.

    Attributes:
        birth_year (int | None | Unset): Year of birth (never the full date: HIPAA Safe Harbor keeps only the year). Age
            bands are derived from it: 0-17, 18-25, 26-44, 45-64, 65+.
        sex (None | PatientInSexType0 | Unset): Sex, as a SNOMED CT code of the US Core Sex extension (248152002 female,
            248153007 male) or UNK / ASKU.
        gender_identity (None | PatientInGenderIdentityType0 | Unset): Self-reported gender identity, as a SNOMED CT
            code of the US Core Gender Identity extension (446141000124107 female, 446151000124109 male, 33791000087105
            nonbinary) or OTH / UNK / ASKU.
        race (list[PatientInRaceType0Item] | None | Unset): OMB race categories as CDC Race & Ethnicity codes; several
            allowed (1002-5, 2028-9, 2054-5, 2076-8, 2106-3, and 2118-8 Middle Eastern or North African), or UNK / ASKU
            alone.
        ethnicity (None | PatientInEthnicityType0 | Unset): OMB ethnicity as a CDC Race & Ethnicity code: 2135-2
            Hispanic or Latino, 2186-5 Not Hispanic or Latino, or UNK / ASKU.
        preferred_language (None | str | Unset): Preferred language as a BCP 47 tag (RFC 5646), e.g. `en`, `es-MX`, `zh-
            Hant`; stored in canonical case.
        payer_type (None | PatientInPayerTypeType0 | Unset): Primary payer, top level of the Source of Payment Typology
            (PHDSC/NAHDO): 1 Medicare, 2 Medicaid, 3 other government, 4 corrections, 5 private, 6 BCBS, 7 managed care
            unspecified, 8 no payment (self-pay), 9 other.
        rurality (None | PatientInRuralityType0 | Unset): Rurality of the patient's residence in four RUCA-based
            categories (WWAMI RHRC categorization A): urban, large-rural, small-rural, isolated. Send the category, never
            the ZIP code.
        sensitivity (Literal['part2'] | None | Unset): `part2` when the record comes from a 42 CFR Part 2 substance-use-
            disorder program: counted in aggregates, but its details are not published on the feed unless the org allows it.
    """

    birth_year: int | None | Unset = UNSET
    sex: None | PatientInSexType0 | Unset = UNSET
    gender_identity: None | PatientInGenderIdentityType0 | Unset = UNSET
    race: list[PatientInRaceType0Item] | None | Unset = UNSET
    ethnicity: None | PatientInEthnicityType0 | Unset = UNSET
    preferred_language: None | str | Unset = UNSET
    payer_type: None | PatientInPayerTypeType0 | Unset = UNSET
    rurality: None | PatientInRuralityType0 | Unset = UNSET
    sensitivity: Literal["part2"] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        birth_year: int | None | Unset
        if isinstance(self.birth_year, Unset):
            birth_year = UNSET
        else:
            birth_year = self.birth_year

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, PatientInSexType0):
            sex = self.sex.value
        else:
            sex = self.sex

        gender_identity: None | str | Unset
        if isinstance(self.gender_identity, Unset):
            gender_identity = UNSET
        elif isinstance(self.gender_identity, PatientInGenderIdentityType0):
            gender_identity = self.gender_identity.value
        else:
            gender_identity = self.gender_identity

        race: list[str] | None | Unset
        if isinstance(self.race, Unset):
            race = UNSET
        elif isinstance(self.race, list):
            race = []
            for race_type_0_item_data in self.race:
                race_type_0_item = race_type_0_item_data.value
                race.append(race_type_0_item)

        else:
            race = self.race

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        elif isinstance(self.ethnicity, PatientInEthnicityType0):
            ethnicity = self.ethnicity.value
        else:
            ethnicity = self.ethnicity

        preferred_language: None | str | Unset
        if isinstance(self.preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = self.preferred_language

        payer_type: None | str | Unset
        if isinstance(self.payer_type, Unset):
            payer_type = UNSET
        elif isinstance(self.payer_type, PatientInPayerTypeType0):
            payer_type = self.payer_type.value
        else:
            payer_type = self.payer_type

        rurality: None | str | Unset
        if isinstance(self.rurality, Unset):
            rurality = UNSET
        elif isinstance(self.rurality, PatientInRuralityType0):
            rurality = self.rurality.value
        else:
            rurality = self.rurality

        sensitivity: Literal["part2"] | None | Unset
        if isinstance(self.sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = self.sensitivity

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if birth_year is not UNSET:
            field_dict["birth_year"] = birth_year
        if sex is not UNSET:
            field_dict["sex"] = sex
        if gender_identity is not UNSET:
            field_dict["gender_identity"] = gender_identity
        if race is not UNSET:
            field_dict["race"] = race
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if preferred_language is not UNSET:
            field_dict["preferred_language"] = preferred_language
        if payer_type is not UNSET:
            field_dict["payer_type"] = payer_type
        if rurality is not UNSET:
            field_dict["rurality"] = rurality
        if sensitivity is not UNSET:
            field_dict["sensitivity"] = sensitivity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_birth_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        birth_year = _parse_birth_year(d.pop("birth_year", UNSET))

        def _parse_sex(data: object) -> None | PatientInSexType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = PatientInSexType0(data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatientInSexType0 | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        def _parse_gender_identity(data: object) -> None | PatientInGenderIdentityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_identity_type_0 = PatientInGenderIdentityType0(data)

                return gender_identity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatientInGenderIdentityType0 | Unset, data)

        gender_identity = _parse_gender_identity(d.pop("gender_identity", UNSET))

        def _parse_race(data: object) -> list[PatientInRaceType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                race_type_0 = []
                _race_type_0 = data
                for race_type_0_item_data in _race_type_0:
                    race_type_0_item = PatientInRaceType0Item(race_type_0_item_data)

                    race_type_0.append(race_type_0_item)

                return race_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PatientInRaceType0Item] | None | Unset, data)

        race = _parse_race(d.pop("race", UNSET))

        def _parse_ethnicity(data: object) -> None | PatientInEthnicityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ethnicity_type_0 = PatientInEthnicityType0(data)

                return ethnicity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatientInEthnicityType0 | Unset, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", UNSET))

        def _parse_preferred_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_language = _parse_preferred_language(d.pop("preferred_language", UNSET))

        def _parse_payer_type(data: object) -> None | PatientInPayerTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payer_type_type_0 = PatientInPayerTypeType0(data)

                return payer_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatientInPayerTypeType0 | Unset, data)

        payer_type = _parse_payer_type(d.pop("payer_type", UNSET))

        def _parse_rurality(data: object) -> None | PatientInRuralityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rurality_type_0 = PatientInRuralityType0(data)

                return rurality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatientInRuralityType0 | Unset, data)

        rurality = _parse_rurality(d.pop("rurality", UNSET))

        def _parse_sensitivity(data: object) -> Literal["part2"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            sensitivity_type_0 = cast(Literal["part2"], data)
            if sensitivity_type_0 != "part2":
                raise ValueError(f"sensitivity_type_0 must match const 'part2', got '{sensitivity_type_0}'")
            return sensitivity_type_0
            return cast(Literal["part2"] | None | Unset, data)

        sensitivity = _parse_sensitivity(d.pop("sensitivity", UNSET))

        patient_in = cls(
            birth_year=birth_year,
            sex=sex,
            gender_identity=gender_identity,
            race=race,
            ethnicity=ethnicity,
            preferred_language=preferred_language,
            payer_type=payer_type,
            rurality=rurality,
            sensitivity=sensitivity,
        )

        return patient_in

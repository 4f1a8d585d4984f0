from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientUpserted")


@_attrs_define
class PatientUpserted:
    """Equity categories only (age band, not birth year: the minimum metrics needs).

    Attributes:
        patient_id (str): The patient's pseudonymous id.
        age_band (None | str | Unset): Age band at the time of the record (e.g. `25-34`).
        sex (None | str | Unset): Sex, as a SNOMED CT code.
        gender_identity (None | str | Unset): Gender identity, as a SNOMED CT code.
        race (list[str] | Unset): OMB race category codes.
        ethnicity (None | str | Unset): OMB ethnicity category code.
        language (None | str | Unset): Preferred language (BCP 47).
        payer (None | str | Unset): Payer type (PHDSC Source of Payment Typology, first digit).
        rurality (None | str | Unset): Rurality of residence: urban, large-rural, small-rural or isolated.
    """

    patient_id: str
    age_band: None | str | Unset = UNSET
    sex: None | str | Unset = UNSET
    gender_identity: None | str | Unset = UNSET
    race: list[str] | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    payer: None | str | Unset = UNSET
    rurality: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        age_band: None | str | Unset
        if isinstance(self.age_band, Unset):
            age_band = UNSET
        else:
            age_band = self.age_band

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        else:
            sex = self.sex

        gender_identity: None | str | Unset
        if isinstance(self.gender_identity, Unset):
            gender_identity = UNSET
        else:
            gender_identity = self.gender_identity

        race: list[str] | Unset = UNSET
        if not isinstance(self.race, Unset):
            race = self.race

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = self.ethnicity

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        payer: None | str | Unset
        if isinstance(self.payer, Unset):
            payer = UNSET
        else:
            payer = self.payer

        rurality: None | str | Unset
        if isinstance(self.rurality, Unset):
            rurality = UNSET
        else:
            rurality = self.rurality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patient_id": patient_id,
            }
        )
        if age_band is not UNSET:
            field_dict["age_band"] = age_band
        if sex is not UNSET:
            field_dict["sex"] = sex
        if gender_identity is not UNSET:
            field_dict["gender_identity"] = gender_identity
        if race is not UNSET:
            field_dict["race"] = race
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if language is not UNSET:
            field_dict["language"] = language
        if payer is not UNSET:
            field_dict["payer"] = payer
        if rurality is not UNSET:
            field_dict["rurality"] = rurality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        patient_id = d.pop("patient_id")

        def _parse_age_band(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        age_band = _parse_age_band(d.pop("age_band", UNSET))

        def _parse_sex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        def _parse_gender_identity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender_identity = _parse_gender_identity(d.pop("gender_identity", UNSET))

        race = cast(list[str], d.pop("race", UNSET))

        def _parse_ethnicity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_payer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payer = _parse_payer(d.pop("payer", UNSET))

        def _parse_rurality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rurality = _parse_rurality(d.pop("rurality", UNSET))

        patient_upserted = cls(
            patient_id=patient_id,
            age_band=age_band,
            sex=sex,
            gender_identity=gender_identity,
            race=race,
            ethnicity=ethnicity,
            language=language,
            payer=payer,
            rurality=rurality,
        )

        patient_upserted.additional_properties = d
        return patient_upserted

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

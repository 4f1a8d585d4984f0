from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstrumentSummary")


@_attrs_define
class InstrumentSummary:
    """A catalog instrument as a list shows it.

    Attributes:
        id (str): Instrument id.
        version (int): Latest catalog version.
        name (str): Full name.
        short_name (str): Usual abbreviation.
        subject (str): `patient` or `clinician`.
        population (str): Who it is validated for.
        loinc_panel (None | str): LOINC code of the panel, if any.
        commercial_use_restricted (bool): Its licence restricts commercial use: an organisation must enable it.
        enabled (bool): Usable by the caller's organisation.
    """

    id: str
    version: int
    name: str
    short_name: str
    subject: str
    population: str
    loinc_panel: None | str
    commercial_use_restricted: bool
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        name = self.name

        short_name = self.short_name

        subject = self.subject

        population = self.population

        loinc_panel: None | str
        loinc_panel = self.loinc_panel

        commercial_use_restricted = self.commercial_use_restricted

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "name": name,
                "short_name": short_name,
                "subject": subject,
                "population": population,
                "loinc_panel": loinc_panel,
                "commercial_use_restricted": commercial_use_restricted,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        name = d.pop("name")

        short_name = d.pop("short_name")

        subject = d.pop("subject")

        population = d.pop("population")

        def _parse_loinc_panel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        loinc_panel = _parse_loinc_panel(d.pop("loinc_panel"))

        commercial_use_restricted = d.pop("commercial_use_restricted")

        enabled = d.pop("enabled")

        instrument_summary = cls(
            id=id,
            version=version,
            name=name,
            short_name=short_name,
            subject=subject,
            population=population,
            loinc_panel=loinc_panel,
            commercial_use_restricted=commercial_use_restricted,
            enabled=enabled,
        )

        instrument_summary.additional_properties = d
        return instrument_summary

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

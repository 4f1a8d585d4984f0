from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PointerExtension")


@_attrs_define
class PointerExtension:
    """The field an issue is about, as a JSON Pointer from the request root.

    Attributes:
        url (Literal['https://learning-loop.dev/fhir/StructureDefinition/json-pointer']): The extension's URL.
        value_string (str): The JSON Pointer, e.g. `/body/authored` or `/query/_count`.
    """

    url: Literal["https://learning-loop.dev/fhir/StructureDefinition/json-pointer"]
    value_string: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        value_string = self.value_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "valueString": value_string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = cast(Literal["https://learning-loop.dev/fhir/StructureDefinition/json-pointer"], d.pop("url"))
        if url != "https://learning-loop.dev/fhir/StructureDefinition/json-pointer":
            raise ValueError(
                f"url must match const 'https://learning-loop.dev/fhir/StructureDefinition/json-pointer', got '{url}'"
            )

        value_string = d.pop("valueString")

        pointer_extension = cls(
            url=url,
            value_string=value_string,
        )

        pointer_extension.additional_properties = d
        return pointer_extension

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

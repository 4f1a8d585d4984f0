from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.outcome_coding import OutcomeCoding


T = TypeVar("T", bound="OutcomeDetails")


@_attrs_define
class OutcomeDetails:
    """The problem type, as a FHIR CodeableConcept.

    Attributes:
        coding (list[OutcomeCoding]): One coding: the problem type.
        text (str): The problem's title.
    """

    coding: list[OutcomeCoding]
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coding = []
        for coding_item_data in self.coding:
            coding_item = coding_item_data.to_dict()
            coding.append(coding_item)

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coding": coding,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_coding import OutcomeCoding  # noqa: PLC0415

        d = dict(src_dict)
        coding = []
        _coding = d.pop("coding")
        for coding_item_data in _coding:
            coding_item = OutcomeCoding.from_dict(coding_item_data)

            coding.append(coding_item)

        text = d.pop("text")

        outcome_details = cls(
            coding=coding,
            text=text,
        )

        outcome_details.additional_properties = d
        return outcome_details

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

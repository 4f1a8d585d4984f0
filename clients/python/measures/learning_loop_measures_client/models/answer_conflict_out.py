from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnswerConflictOut")


@_attrs_define
class AnswerConflictOut:
    """A FHIR answer whose weight and LOINC answer code gave different answers.

    Attributes:
        item_id (str): The item.
        link_id (str): The sender's linkId for it.
        weight_value (int): The answer its weight (ordinalValue, itemWeight) gives.
        code_value (int): The answer its answer code gives.
        used_value (int): The answer used for the alerts and the score: the more severe reading.
    """

    item_id: str
    link_id: str
    weight_value: int
    code_value: int
    used_value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        link_id = self.link_id

        weight_value = self.weight_value

        code_value = self.code_value

        used_value = self.used_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "link_id": link_id,
                "weight_value": weight_value,
                "code_value": code_value,
                "used_value": used_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        link_id = d.pop("link_id")

        weight_value = d.pop("weight_value")

        code_value = d.pop("code_value")

        used_value = d.pop("used_value")

        answer_conflict_out = cls(
            item_id=item_id,
            link_id=link_id,
            weight_value=weight_value,
            code_value=code_value,
            used_value=used_value,
        )

        answer_conflict_out.additional_properties = d
        return answer_conflict_out

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

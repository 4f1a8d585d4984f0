from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telehealth_problems_kinds_item import TelehealthProblemsKindsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="TelehealthProblems")


@_attrs_define
class TelehealthProblems:
    """
    Attributes:
        kinds (list[TelehealthProblemsKindsItem] | Unset): What went wrong.
        minutes_lost (int | Unset): Session minutes lost to the problems. Default: 0.
        dropped_and_rejoined (bool | Unset): The call dropped and was rejoined. Default: False.
        switched_to_phone (bool | Unset): The session finished by phone. Default: False.
    """

    kinds: list[TelehealthProblemsKindsItem] | Unset = UNSET
    minutes_lost: int | Unset = 0
    dropped_and_rejoined: bool | Unset = False
    switched_to_phone: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kinds: list[str] | Unset = UNSET
        if not isinstance(self.kinds, Unset):
            kinds = []
            for kinds_item_data in self.kinds:
                kinds_item = kinds_item_data.value
                kinds.append(kinds_item)

        minutes_lost = self.minutes_lost

        dropped_and_rejoined = self.dropped_and_rejoined

        switched_to_phone = self.switched_to_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kinds is not UNSET:
            field_dict["kinds"] = kinds
        if minutes_lost is not UNSET:
            field_dict["minutes_lost"] = minutes_lost
        if dropped_and_rejoined is not UNSET:
            field_dict["dropped_and_rejoined"] = dropped_and_rejoined
        if switched_to_phone is not UNSET:
            field_dict["switched_to_phone"] = switched_to_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kinds = d.pop("kinds", UNSET)
        kinds: list[TelehealthProblemsKindsItem] | Unset = UNSET
        if _kinds is not UNSET:
            kinds = []
            for kinds_item_data in _kinds:
                kinds_item = TelehealthProblemsKindsItem(kinds_item_data)

                kinds.append(kinds_item)

        minutes_lost = d.pop("minutes_lost", UNSET)

        dropped_and_rejoined = d.pop("dropped_and_rejoined", UNSET)

        switched_to_phone = d.pop("switched_to_phone", UNSET)

        telehealth_problems = cls(
            kinds=kinds,
            minutes_lost=minutes_lost,
            dropped_and_rejoined=dropped_and_rejoined,
            switched_to_phone=switched_to_phone,
        )

        telehealth_problems.additional_properties = d
        return telehealth_problems

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

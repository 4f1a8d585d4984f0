from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LikertOption")


@_attrs_define
class LikertOption:
    """One point of a Likert scale.

    Attributes:
        value (int): The number stored and scored for this answer.
        label (str): What the respondent sees.
    """

    value: int
    label: str

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        label = d.pop("label")

        likert_option = cls(
            value=value,
            label=label,
        )

        return likert_option

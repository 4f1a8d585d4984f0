from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Band")


@_attrs_define
class Band:
    """A severity range of a scale, bounds included.

    Attributes:
        min_ (float): Lowest score in the band (inclusive).
        max_ (float): Highest score in the band (inclusive).
        code (str): Stable band code.
        label (str): Band label as published.
    """

    min_: float
    max_: float
    code: str
    label: str

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        code = self.code

        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "min": min_,
                "max": max_,
                "code": code,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min")

        max_ = d.pop("max")

        code = d.pop("code")

        label = d.pop("label")

        band = cls(
            min_=min_,
            max_=max_,
            code=code,
            label=label,
        )

        return band

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Alternative")


@_attrs_define
class Alternative:
    """A value another source gives for the same fact, kept so an org can choose it instead.

    Attributes:
        description (str): What the alternative is and where it is used.
        sources (list[str]): Ids of the instrument's `sources` that give it.
        value (float | None | Unset): The other value, when the fact is a number.
    """

    description: str
    sources: list[str]
    value: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        sources = self.sources

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "sources": sources,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        sources = cast(list[str], d.pop("sources"))

        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        alternative = cls(
            description=description,
            sources=sources,
            value=value,
        )

        return alternative

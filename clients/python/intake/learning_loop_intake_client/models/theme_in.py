from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThemeIn")


@_attrs_define
class ThemeIn:
    """Body of `PUT /v1/feedback-themes/{code}`: a theme of the org's list, created or replaced.

    Attributes:
        label (str): What staff read for the code.
        description (None | str | Unset): When to use the theme, for consistent tagging.
        active (bool | Unset): False retires the theme: it stays on the submissions already tagged with it, and cannot
            be given to others. Default: True.
    """

    label: str
    description: None | str | Unset = UNSET
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        active = d.pop("active", UNSET)

        theme_in = cls(
            label=label,
            description=description,
            active=active,
        )

        return theme_in

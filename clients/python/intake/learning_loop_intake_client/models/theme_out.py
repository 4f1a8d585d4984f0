from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThemeOut")


@_attrs_define
class ThemeOut:
    """A theme of the org's list.

    Attributes:
        label (str): What staff read for the code.
        code (str): The theme's code, the org's own.
        updated_at (datetime.datetime): When the theme was last changed.
        description (None | str | Unset): When to use the theme, for consistent tagging.
        active (bool | Unset): False retires the theme: it stays on the submissions already tagged with it, and cannot
            be given to others. Default: True.
    """

    label: str
    code: str
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        code = self.code

        updated_at = self.updated_at.isoformat()

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
                "code": code,
                "updated_at": updated_at,
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

        code = d.pop("code")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        active = d.pop("active", UNSET)

        theme_out = cls(
            label=label,
            code=code,
            updated_at=updated_at,
            description=description,
            active=active,
        )

        return theme_out

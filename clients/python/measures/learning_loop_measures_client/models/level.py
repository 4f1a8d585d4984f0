from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition import Condition


T = TypeVar("T", bound="Level")


@_attrs_define
class Level:
    """One level of a classification.

    Attributes:
        code (str): Stable level code.
        label (str): Level label as published.
        when (Condition | None | Unset): Condition for this level; null for the default level.
    """

    code: str
    label: str
    when: Condition | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition import Condition  # noqa: PLC0415

        code = self.code

        label = self.label

        when: dict[str, Any] | None | Unset
        if isinstance(self.when, Unset):
            when = UNSET
        elif isinstance(self.when, Condition):
            when = self.when.to_dict()
        else:
            when = self.when

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "label": label,
            }
        )
        if when is not UNSET:
            field_dict["when"] = when

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition import Condition  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        label = d.pop("label")

        def _parse_when(data: object) -> Condition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                when_type_0 = Condition.from_dict(data)

                return when_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Condition | None | Unset, data)

        when = _parse_when(d.pop("when", UNSET))

        level = cls(
            code=code,
            label=label,
            when=when,
        )

        return level

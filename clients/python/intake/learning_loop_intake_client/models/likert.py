from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.likert_option import LikertOption


T = TypeVar("T", bound="Likert")


@_attrs_define
class Likert:
    """An ordered scale; higher values are better.

    Attributes:
        options (list[LikertOption]):
        top_box (list[int]): The values that count as the most favourable answer.
        type_ (Literal['likert'] | Unset):  Default: 'likert'.
    """

    options: list[LikertOption]
    top_box: list[int]
    type_: Literal["likert"] | Unset = "likert"

    def to_dict(self) -> dict[str, Any]:
        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        top_box = self.top_box

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "options": options,
                "top_box": top_box,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.likert_option import LikertOption  # noqa: PLC0415

        d = dict(src_dict)
        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = LikertOption.from_dict(options_item_data)

            options.append(options_item)

        top_box = cast(list[int], d.pop("top_box"))

        type_ = cast(Literal["likert"] | Unset, d.pop("type", UNSET))
        if type_ != "likert" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'likert', got '{type_}'")

        likert = cls(
            options=options,
            top_box=top_box,
            type_=type_,
        )

        return likert

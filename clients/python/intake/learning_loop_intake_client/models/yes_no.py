from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="YesNo")


@_attrs_define
class YesNo:
    """A yes/no question; ``top_box`` says which answer is the favourable one.

    Attributes:
        top_box (bool): The answer that counts as favourable (yes or no).
        type_ (Literal['yes_no'] | Unset):  Default: 'yes_no'.
    """

    top_box: bool
    type_: Literal["yes_no"] | Unset = "yes_no"

    def to_dict(self) -> dict[str, Any]:
        top_box = self.top_box

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "top_box": top_box,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        top_box = d.pop("top_box")

        type_ = cast(Literal["yes_no"] | Unset, d.pop("type", UNSET))
        if type_ != "yes_no" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'yes_no', got '{type_}'")

        yes_no = cls(
            top_box=top_box,
            type_=type_,
        )

        return yes_no

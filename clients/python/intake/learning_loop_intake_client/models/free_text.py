from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FreeText")


@_attrs_define
class FreeText:
    """A comment. Stored for the org, never scored, never on the feed, never logged.

    Attributes:
        type_ (Literal['free_text'] | Unset):  Default: 'free_text'.
        max_length (int | Unset):  Default: 2000.
    """

    type_: Literal["free_text"] | Unset = "free_text"
    max_length: int | Unset = 2000

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        max_length = self.max_length

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if max_length is not UNSET:
            field_dict["max_length"] = max_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["free_text"] | Unset, d.pop("type", UNSET))
        if type_ != "free_text" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'free_text', got '{type_}'")

        max_length = d.pop("max_length", UNSET)

        free_text = cls(
            type_=type_,
            max_length=max_length,
        )

        return free_text

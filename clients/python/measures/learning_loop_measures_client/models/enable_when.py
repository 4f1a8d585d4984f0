from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.enable_when_op import EnableWhenOp

T = TypeVar("T", bound="EnableWhen")


@_attrs_define
class EnableWhen:
    """Skip logic: the item is asked only when another item's answer compares so.

    Attributes:
        item (str): Id of the item whose answer decides.
        op (EnableWhenOp): How that answer is compared.
        value (int): The answer value compared with.
    """

    item: str
    op: EnableWhenOp
    value: int

    def to_dict(self) -> dict[str, Any]:
        item = self.item

        op = self.op.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item": item,
                "op": op,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item = d.pop("item")

        op = EnableWhenOp(d.pop("op"))

        value = d.pop("value")

        enable_when = cls(
            item=item,
            op=op,
            value=value,
        )

        return enable_when

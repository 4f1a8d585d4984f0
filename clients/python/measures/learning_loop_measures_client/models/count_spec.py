from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.count_spec_op import CountSpecOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountSpec")


@_attrs_define
class CountSpec:
    """Counts the items (listed, or of a subscale) whose answer satisfies ``op value``.

    Attributes:
        op (CountSpecOp): How each answer is compared with `value`.
        value (float): The value each answer is compared with.
        items (list[str] | None | Unset): Item ids to count among (or give `subscale`).
        subscale (None | str | Unset): Count among this subscale's items (or give `items`).
    """

    op: CountSpecOp
    value: float
    items: list[str] | None | Unset = UNSET
    subscale: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        value = self.value

        items: list[str] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = self.items

        else:
            items = self.items

        subscale: None | str | Unset
        if isinstance(self.subscale, Unset):
            subscale = UNSET
        else:
            subscale = self.subscale

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "value": value,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items
        if subscale is not UNSET:
            field_dict["subscale"] = subscale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = CountSpecOp(d.pop("op"))

        value = d.pop("value")

        def _parse_items(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = cast(list[str], data)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_subscale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscale = _parse_subscale(d.pop("subscale", UNSET))

        count_spec = cls(
            op=op,
            value=value,
            items=items,
            subscale=subscale,
        )

        return count_spec

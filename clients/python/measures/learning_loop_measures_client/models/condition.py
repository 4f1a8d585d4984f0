from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.condition_op_type_0 import ConditionOpType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.count_spec import CountSpec


T = TypeVar("T", bound="Condition")


@_attrs_define
class Condition:
    """A boolean test on answer values: one item, a count of items, or any/all of conditions.

    Attributes:
        item (None | str | Unset): Test this item's answer against `op` and `value`.
        count (CountSpec | None | Unset): Test how many items satisfy a comparison (`op` and `value`).
        any_ (list[Condition] | None | Unset): True when at least one of these conditions holds.
        all_ (list[Condition] | None | Unset): True when every one of these conditions holds.
        op (ConditionOpType0 | None | Unset): Comparison for `item` or `count`.
        value (float | None | Unset): Right-hand side of the comparison.
    """

    item: None | str | Unset = UNSET
    count: CountSpec | None | Unset = UNSET
    any_: list[Condition] | None | Unset = UNSET
    all_: list[Condition] | None | Unset = UNSET
    op: ConditionOpType0 | None | Unset = UNSET
    value: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.count_spec import CountSpec  # noqa: PLC0415

        item: None | str | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        else:
            item = self.item

        count: dict[str, Any] | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        elif isinstance(self.count, CountSpec):
            count = self.count.to_dict()
        else:
            count = self.count

        any_: list[dict[str, Any]] | None | Unset
        if isinstance(self.any_, Unset):
            any_ = UNSET
        elif isinstance(self.any_, list):
            any_ = []
            for any_type_0_item_data in self.any_:
                any_type_0_item = any_type_0_item_data.to_dict()
                any_.append(any_type_0_item)

        else:
            any_ = self.any_

        all_: list[dict[str, Any]] | None | Unset
        if isinstance(self.all_, Unset):
            all_ = UNSET
        elif isinstance(self.all_, list):
            all_ = []
            for all_type_0_item_data in self.all_:
                all_type_0_item = all_type_0_item_data.to_dict()
                all_.append(all_type_0_item)

        else:
            all_ = self.all_

        op: None | str | Unset
        if isinstance(self.op, Unset):
            op = UNSET
        elif isinstance(self.op, ConditionOpType0):
            op = self.op.value
        else:
            op = self.op

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if item is not UNSET:
            field_dict["item"] = item
        if count is not UNSET:
            field_dict["count"] = count
        if any_ is not UNSET:
            field_dict["any"] = any_
        if all_ is not UNSET:
            field_dict["all"] = all_
        if op is not UNSET:
            field_dict["op"] = op
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_spec import CountSpec  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item = _parse_item(d.pop("item", UNSET))

        def _parse_count(data: object) -> CountSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                count_type_0 = CountSpec.from_dict(data)

                return count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountSpec | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_any_(data: object) -> list[Condition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                any_type_0 = []
                _any_type_0 = data
                for any_type_0_item_data in _any_type_0:
                    any_type_0_item = Condition.from_dict(any_type_0_item_data)

                    any_type_0.append(any_type_0_item)

                return any_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Condition] | None | Unset, data)

        any_ = _parse_any_(d.pop("any", UNSET))

        def _parse_all_(data: object) -> list[Condition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                all_type_0 = []
                _all_type_0 = data
                for all_type_0_item_data in _all_type_0:
                    all_type_0_item = Condition.from_dict(all_type_0_item_data)

                    all_type_0.append(all_type_0_item)

                return all_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Condition] | None | Unset, data)

        all_ = _parse_all_(d.pop("all", UNSET))

        def _parse_op(data: object) -> ConditionOpType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                op_type_0 = ConditionOpType0(data)

                return op_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionOpType0 | None | Unset, data)

        op = _parse_op(d.pop("op", UNSET))

        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        condition = cls(
            item=item,
            count=count,
            any_=any_,
            all_=all_,
            op=op,
            value=value,
        )

        return condition

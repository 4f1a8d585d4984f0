from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ItemScoreOut")


@_attrs_define
class ItemScoreOut:
    """The score of one answered scale or yes/no item.

    Attributes:
        item_id (str): The form item.
        value (float): Scale value, or 1 for yes and 0 for no.
        top_box (bool): Whether this is the most favourable answer.
        percent_of_max (float | None): 0-100 position on the item's scale; null for yes/no items.
    """

    item_id: str
    value: float
    top_box: bool
    percent_of_max: float | None

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        value = self.value

        top_box = self.top_box

        percent_of_max: float | None
        percent_of_max = self.percent_of_max

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item_id": item_id,
                "value": value,
                "top_box": top_box,
                "percent_of_max": percent_of_max,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        value = d.pop("value")

        top_box = d.pop("top_box")

        def _parse_percent_of_max(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percent_of_max = _parse_percent_of_max(d.pop("percent_of_max"))

        item_score_out = cls(
            item_id=item_id,
            value=value,
            top_box=top_box,
            percent_of_max=percent_of_max,
        )

        return item_score_out

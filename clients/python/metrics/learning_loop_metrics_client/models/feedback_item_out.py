from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metric_value_out import MetricValueOut


T = TypeVar("T", bound="FeedbackItemOut")


@_attrs_define
class FeedbackItemOut:
    """One item of the form: its mean score and top-box share per period and unit.

    Attributes:
        item_id (str): The item's id on the form.
        mean (list[MetricValueOut]): `feedback-item-mean`: the mean answer (`denominator`: answers).
        top_box (list[MetricValueOut]): `feedback-item-top-box`: the share of answers in the item's top box.
    """

    item_id: str
    mean: list[MetricValueOut]
    top_box: list[MetricValueOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        mean = []
        for mean_item_data in self.mean:
            mean_item = mean_item_data.to_dict()
            mean.append(mean_item)

        top_box = []
        for top_box_item_data in self.top_box:
            top_box_item = top_box_item_data.to_dict()
            top_box.append(top_box_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "mean": mean,
                "top_box": top_box,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_value_out import MetricValueOut  # noqa: PLC0415

        d = dict(src_dict)
        item_id = d.pop("item_id")

        mean = []
        _mean = d.pop("mean")
        for mean_item_data in _mean:
            mean_item = MetricValueOut.from_dict(mean_item_data)

            mean.append(mean_item)

        top_box = []
        _top_box = d.pop("top_box")
        for top_box_item_data in _top_box:
            top_box_item = MetricValueOut.from_dict(top_box_item_data)

            top_box.append(top_box_item)

        feedback_item_out = cls(
            item_id=item_id,
            mean=mean,
            top_box=top_box,
        )

        feedback_item_out.additional_properties = d
        return feedback_item_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metric_value_out import MetricValueOut


T = TypeVar("T", bound="FeedbackThemeOut")


@_attrs_define
class FeedbackThemeOut:
    """One theme: the submissions tagged with it now, and their share of all submissions.

    Attributes:
        theme (str): The theme code of the org's list.
        values (list[MetricValueOut]): `feedback-theme-share`: `numerator` is the count of submissions about the theme,
            `denominator` all submissions received, `value` their share.
    """

    theme: str
    values: list[MetricValueOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        theme = self.theme

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "theme": theme,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_value_out import MetricValueOut  # noqa: PLC0415

        d = dict(src_dict)
        theme = d.pop("theme")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = MetricValueOut.from_dict(values_item_data)

            values.append(values_item)

        feedback_theme_out = cls(
            theme=theme,
            values=values,
        )

        feedback_theme_out.additional_properties = d
        return feedback_theme_out

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

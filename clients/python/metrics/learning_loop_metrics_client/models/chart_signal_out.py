from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChartSignalOut")


@_attrs_define
class ChartSignalOut:
    """A signal on a chart, with what its rule means.

    Attributes:
        rule (str): Rule id, e.g. `beyond_limits`, `shift_8`, `run_shift`.
        name (str): What the rule means, in words.
        periods (list[str]): Labels of the periods the signal covers.
        meaning (str): What a signal by this rule tells the reader, and the rule's source.
        whole_series (bool): The rule is about the series as a whole (few crossings, too few or too many runs): its
            periods are every point that took part, none marked on its own.
    """

    rule: str
    name: str
    periods: list[str]
    meaning: str
    whole_series: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule

        name = self.name

        periods = self.periods

        meaning = self.meaning

        whole_series = self.whole_series

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule": rule,
                "name": name,
                "periods": periods,
                "meaning": meaning,
                "whole_series": whole_series,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule = d.pop("rule")

        name = d.pop("name")

        periods = cast(list[str], d.pop("periods"))

        meaning = d.pop("meaning")

        whole_series = d.pop("whole_series")

        chart_signal_out = cls(
            rule=rule,
            name=name,
            periods=periods,
            meaning=meaning,
            whole_series=whole_series,
        )

        chart_signal_out.additional_properties = d
        return chart_signal_out

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

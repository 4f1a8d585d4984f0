from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RuleOut")


@_attrs_define
class RuleOut:
    """One rule of the rule set the chart was read with.

    Attributes:
        rule (str): Rule id, as in the signals.
        name (str): The rule in a few words.
        meaning (str): What a signal by it means, and its source.
        whole_series (bool): About the whole series, not particular points.
    """

    rule: str
    name: str
    meaning: str
    whole_series: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule

        name = self.name

        meaning = self.meaning

        whole_series = self.whole_series

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule": rule,
                "name": name,
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

        meaning = d.pop("meaning")

        whole_series = d.pop("whole_series")

        rule_out = cls(
            rule=rule,
            name=name,
            meaning=meaning,
            whole_series=whole_series,
        )

        rule_out.additional_properties = d
        return rule_out

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rule_out import RuleOut


T = TypeVar("T", bound="RuleSetOut")


@_attrs_define
class RuleSetOut:
    """The named rule set the signals come from (the `rules` parameter).

    Attributes:
        id (str): `anhoej` (default), `ihi` or `nhs`.
        title (str): Its name.
        source (str): The published source of the rules.
        run_chart_rules (list[RuleOut]): The rules applied to the run chart.
        control_chart_rules (list[RuleOut]): The rules applied to the control chart.
    """

    id: str
    title: str
    source: str
    run_chart_rules: list[RuleOut]
    control_chart_rules: list[RuleOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        source = self.source

        run_chart_rules = []
        for run_chart_rules_item_data in self.run_chart_rules:
            run_chart_rules_item = run_chart_rules_item_data.to_dict()
            run_chart_rules.append(run_chart_rules_item)

        control_chart_rules = []
        for control_chart_rules_item_data in self.control_chart_rules:
            control_chart_rules_item = control_chart_rules_item_data.to_dict()
            control_chart_rules.append(control_chart_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "source": source,
                "run_chart_rules": run_chart_rules,
                "control_chart_rules": control_chart_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_out import RuleOut  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        source = d.pop("source")

        run_chart_rules = []
        _run_chart_rules = d.pop("run_chart_rules")
        for run_chart_rules_item_data in _run_chart_rules:
            run_chart_rules_item = RuleOut.from_dict(run_chart_rules_item_data)

            run_chart_rules.append(run_chart_rules_item)

        control_chart_rules = []
        _control_chart_rules = d.pop("control_chart_rules")
        for control_chart_rules_item_data in _control_chart_rules:
            control_chart_rules_item = RuleOut.from_dict(control_chart_rules_item_data)

            control_chart_rules.append(control_chart_rules_item)

        rule_set_out = cls(
            id=id,
            title=title,
            source=source,
            run_chart_rules=run_chart_rules,
            control_chart_rules=control_chart_rules,
        )

        rule_set_out.additional_properties = d
        return rule_set_out

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

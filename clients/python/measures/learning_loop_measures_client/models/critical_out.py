from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CriticalOut")


@_attrs_define
class CriticalOut:
    """A critical-item rule the answers fired, or that unanswered items leave open (each also
    raises an alert when stored).

        Attributes:
            rule_id (str): The catalog rule.
            label (str): What it detected.
            severity (str): `urgent`, `high` or `info`.
            action (None | str | Unset): What the clinician should do now.
            missing_items (list[str] | Unset): Empty when the answers fire the rule; otherwise the unanswered items that
                leave it open (an unknown answer is never read as no).
    """

    rule_id: str
    label: str
    severity: str
    action: None | str | Unset = UNSET
    missing_items: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        label = self.label

        severity = self.severity

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        missing_items: list[str] | Unset = UNSET
        if not isinstance(self.missing_items, Unset):
            missing_items = self.missing_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_id": rule_id,
                "label": label,
                "severity": severity,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if missing_items is not UNSET:
            field_dict["missing_items"] = missing_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_id = d.pop("rule_id")

        label = d.pop("label")

        severity = d.pop("severity")

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        missing_items = cast(list[str], d.pop("missing_items", UNSET))

        critical_out = cls(
            rule_id=rule_id,
            label=label,
            severity=severity,
            action=action,
            missing_items=missing_items,
        )

        critical_out.additional_properties = d
        return critical_out

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

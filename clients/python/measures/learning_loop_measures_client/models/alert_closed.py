from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_closed_closing_action import AlertClosedClosingAction
from ..models.alert_closed_rule import AlertClosedRule

T = TypeVar("T", bound="AlertClosed")


@_attrs_define
class AlertClosed:
    """
    Attributes:
        alert_id (str): The alert's id.
        closed_at (datetime.datetime): When the alert was closed.
        closing_action (AlertClosedClosingAction): The action that closed it.
        raised_at (datetime.datetime): When the alert was raised.
        rule (AlertClosedRule): critical_item (a safety item) or not_on_track (the expected course missed).
    """

    alert_id: str
    closed_at: datetime.datetime
    closing_action: AlertClosedClosingAction
    raised_at: datetime.datetime
    rule: AlertClosedRule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        closed_at = self.closed_at.isoformat()

        closing_action = self.closing_action.value

        raised_at = self.raised_at.isoformat()

        rule = self.rule.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_id": alert_id,
                "closed_at": closed_at,
                "closing_action": closing_action,
                "raised_at": raised_at,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_id = d.pop("alert_id")

        closed_at = datetime.datetime.fromisoformat(d.pop("closed_at"))

        closing_action = AlertClosedClosingAction(d.pop("closing_action"))

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        rule = AlertClosedRule(d.pop("rule"))

        alert_closed = cls(
            alert_id=alert_id,
            closed_at=closed_at,
            closing_action=closing_action,
            raised_at=raised_at,
            rule=rule,
        )

        alert_closed.additional_properties = d
        return alert_closed

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_actioned_action import AlertActionedAction
from ..models.alert_actioned_rule import AlertActionedRule

T = TypeVar("T", bound="AlertActioned")


@_attrs_define
class AlertActioned:
    """One entry of an alert's append-only action history. Who acted and any note stay in
    measures.

        Attributes:
            alert_id (str): The alert's id.
            action_id (str): The action's id, chosen by the sender.
            action (AlertActionedAction): What was done.
            performed_at (datetime.datetime): When it was done, as the clinician reports.
            recorded_at (datetime.datetime): When measures accepted the record.
            raised_at (datetime.datetime): When the alert was raised.
            rule (AlertActionedRule): critical_item (a safety item) or not_on_track (the expected course missed).
            closes (bool): Whether this action closed the alert.
    """

    alert_id: str
    action_id: str
    action: AlertActionedAction
    performed_at: datetime.datetime
    recorded_at: datetime.datetime
    raised_at: datetime.datetime
    rule: AlertActionedRule
    closes: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        action_id = self.action_id

        action = self.action.value

        performed_at = self.performed_at.isoformat()

        recorded_at = self.recorded_at.isoformat()

        raised_at = self.raised_at.isoformat()

        rule = self.rule.value

        closes = self.closes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_id": alert_id,
                "action_id": action_id,
                "action": action,
                "performed_at": performed_at,
                "recorded_at": recorded_at,
                "raised_at": raised_at,
                "rule": rule,
                "closes": closes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_id = d.pop("alert_id")

        action_id = d.pop("action_id")

        action = AlertActionedAction(d.pop("action"))

        performed_at = datetime.datetime.fromisoformat(d.pop("performed_at"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        rule = AlertActionedRule(d.pop("rule"))

        closes = d.pop("closes")

        alert_actioned = cls(
            alert_id=alert_id,
            action_id=action_id,
            action=action,
            performed_at=performed_at,
            recorded_at=recorded_at,
            raised_at=raised_at,
            rule=rule,
            closes=closes,
        )

        alert_actioned.additional_properties = d
        return alert_actioned

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

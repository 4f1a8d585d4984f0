from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_escalated_deadline import AlertEscalatedDeadline
from ..models.alert_escalated_rule import AlertEscalatedRule

T = TypeVar("T", bound="AlertEscalated")


@_attrs_define
class AlertEscalated:
    """A deadline of the org's escalation policy passed with the alert still unacknowledged
    (``acknowledge``) or without any action (``action``). Published once per deadline.

        Attributes:
            alert_id (str): The alert's id.
            deadline (AlertEscalatedDeadline): Which deadline passed: to acknowledge, or to act.
            due_at (datetime.datetime): When the deadline fell.
            escalated_at (datetime.datetime): When the escalation was published.
            raised_at (datetime.datetime): When the alert was raised.
            rule (AlertEscalatedRule): critical_item (a safety item) or not_on_track (the expected course missed).
    """

    alert_id: str
    deadline: AlertEscalatedDeadline
    due_at: datetime.datetime
    escalated_at: datetime.datetime
    raised_at: datetime.datetime
    rule: AlertEscalatedRule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        deadline = self.deadline.value

        due_at = self.due_at.isoformat()

        escalated_at = self.escalated_at.isoformat()

        raised_at = self.raised_at.isoformat()

        rule = self.rule.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_id": alert_id,
                "deadline": deadline,
                "due_at": due_at,
                "escalated_at": escalated_at,
                "raised_at": raised_at,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_id = d.pop("alert_id")

        deadline = AlertEscalatedDeadline(d.pop("deadline"))

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))

        escalated_at = datetime.datetime.fromisoformat(d.pop("escalated_at"))

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        rule = AlertEscalatedRule(d.pop("rule"))

        alert_escalated = cls(
            alert_id=alert_id,
            deadline=deadline,
            due_at=due_at,
            escalated_at=escalated_at,
            raised_at=raised_at,
            rule=rule,
        )

        alert_escalated.additional_properties = d
        return alert_escalated

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

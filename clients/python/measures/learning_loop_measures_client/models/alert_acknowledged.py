from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_acknowledged_rule import AlertAcknowledgedRule

T = TypeVar("T", bound="AlertAcknowledged")


@_attrs_define
class AlertAcknowledged:
    """
    Attributes:
        alert_id (str): The alert's id.
        acknowledged_at (datetime.datetime): When a clinician acknowledged it.
        raised_at (datetime.datetime): When the alert was raised.
        rule (AlertAcknowledgedRule): critical_item (a safety item) or not_on_track (the expected course missed).
    """

    alert_id: str
    acknowledged_at: datetime.datetime
    raised_at: datetime.datetime
    rule: AlertAcknowledgedRule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        acknowledged_at = self.acknowledged_at.isoformat()

        raised_at = self.raised_at.isoformat()

        rule = self.rule.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_id": alert_id,
                "acknowledged_at": acknowledged_at,
                "raised_at": raised_at,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_id = d.pop("alert_id")

        acknowledged_at = datetime.datetime.fromisoformat(d.pop("acknowledged_at"))

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        rule = AlertAcknowledgedRule(d.pop("rule"))

        alert_acknowledged = cls(
            alert_id=alert_id,
            acknowledged_at=acknowledged_at,
            raised_at=raised_at,
            rule=rule,
        )

        alert_acknowledged.additional_properties = d
        return alert_acknowledged

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

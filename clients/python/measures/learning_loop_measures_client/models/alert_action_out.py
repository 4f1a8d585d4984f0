from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_action_out_action import AlertActionOutAction
from ..models.alert_action_out_reason_type_0 import AlertActionOutReasonType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertActionOut")


@_attrs_define
class AlertActionOut:
    """A recorded action, as stored (the note included: this is measures' own record).

    Attributes:
        action_id (str): The caller's id.
        alert_id (str): The alert it is about.
        action (AlertActionOutAction): What was done.
        performed_at (datetime.datetime): When it was done (UTC), as reported.
        performed_by (str): Who did it.
        recorded_at (datetime.datetime): When measures recorded it (UTC).
        recorded_by (str): Who recorded it (the token's subject).
        closes (bool): Whether it closed the alert.
        reason (AlertActionOutReasonType0 | None | Unset): Why no action was needed.
        note (None | str | Unset): The free-text note, if any.
    """

    action_id: str
    alert_id: str
    action: AlertActionOutAction
    performed_at: datetime.datetime
    performed_by: str
    recorded_at: datetime.datetime
    recorded_by: str
    closes: bool
    reason: AlertActionOutReasonType0 | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        alert_id = self.alert_id

        action = self.action.value

        performed_at = self.performed_at.isoformat()

        performed_by = self.performed_by

        recorded_at = self.recorded_at.isoformat()

        recorded_by = self.recorded_by

        closes = self.closes

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, AlertActionOutReasonType0):
            reason = self.reason.value
        else:
            reason = self.reason

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "alert_id": alert_id,
                "action": action,
                "performed_at": performed_at,
                "performed_by": performed_by,
                "recorded_at": recorded_at,
                "recorded_by": recorded_by,
                "closes": closes,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_id = d.pop("action_id")

        alert_id = d.pop("alert_id")

        action = AlertActionOutAction(d.pop("action"))

        performed_at = datetime.datetime.fromisoformat(d.pop("performed_at"))

        performed_by = d.pop("performed_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        recorded_by = d.pop("recorded_by")

        closes = d.pop("closes")

        def _parse_reason(data: object) -> AlertActionOutReasonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = AlertActionOutReasonType0(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertActionOutReasonType0 | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        alert_action_out = cls(
            action_id=action_id,
            alert_id=alert_id,
            action=action,
            performed_at=performed_at,
            performed_by=performed_by,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            closes=closes,
            reason=reason,
            note=note,
        )

        alert_action_out.additional_properties = d
        return alert_action_out

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

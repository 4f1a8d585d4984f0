from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_entry_out_event import HistoryEntryOutEvent
from ..models.history_entry_out_role import HistoryEntryOutRole

T = TypeVar("T", bound="HistoryEntryOut")


@_attrs_define
class HistoryEntryOut:
    """One step of an organization's membership.

    Attributes:
        event_id (int): Order of the steps.
        org (str): The organization concerned.
        event (HistoryEntryOutEvent): What happened.
        role (HistoryEntryOutRole): Its role after the step.
        at (datetime.datetime): When.
        by_org (None | str): Who took the step: shown to the owner and facilitators and when it was your organization;
            null otherwise.
        reason (None | str): Coded reason (leaving, removal).
        reason_text (None | str): The reason in the words of whoever took the step: only they see it.
    """

    event_id: int
    org: str
    event: HistoryEntryOutEvent
    role: HistoryEntryOutRole
    at: datetime.datetime
    by_org: None | str
    reason: None | str
    reason_text: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        org = self.org

        event = self.event.value

        role = self.role.value

        at = self.at.isoformat()

        by_org: None | str
        by_org = self.by_org

        reason: None | str
        reason = self.reason

        reason_text: None | str
        reason_text = self.reason_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "org": org,
                "event": event,
                "role": role,
                "at": at,
                "by_org": by_org,
                "reason": reason,
                "reason_text": reason_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        org = d.pop("org")

        event = HistoryEntryOutEvent(d.pop("event"))

        role = HistoryEntryOutRole(d.pop("role"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_by_org(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        by_org = _parse_by_org(d.pop("by_org"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_reason_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason_text = _parse_reason_text(d.pop("reason_text"))

        history_entry_out = cls(
            event_id=event_id,
            org=org,
            event=event,
            role=role,
            at=at,
            by_org=by_org,
            reason=reason,
            reason_text=reason_text,
        )

        history_entry_out.additional_properties = d
        return history_entry_out

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

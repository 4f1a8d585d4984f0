from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.escalation_out_deadline import EscalationOutDeadline

T = TypeVar("T", bound="EscalationOut")


@_attrs_define
class EscalationOut:
    """A deadline of the org's escalation policy that passed unmet.

    Attributes:
        deadline (EscalationOutDeadline): `acknowledge`: still unacknowledged when due; `action`: no action recorded
            when due.
        due_at (datetime.datetime): When the deadline fell (UTC).
        escalated_at (datetime.datetime): When it was escalated (UTC).
    """

    deadline: EscalationOutDeadline
    due_at: datetime.datetime
    escalated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deadline = self.deadline.value

        due_at = self.due_at.isoformat()

        escalated_at = self.escalated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deadline": deadline,
                "due_at": due_at,
                "escalated_at": escalated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline = EscalationOutDeadline(d.pop("deadline"))

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))

        escalated_at = datetime.datetime.fromisoformat(d.pop("escalated_at"))

        escalation_out = cls(
            deadline=deadline,
            due_at=due_at,
            escalated_at=escalated_at,
        )

        escalation_out.additional_properties = d
        return escalation_out

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session_out_attendance import SessionOutAttendance


T = TypeVar("T", bound="SessionOut")


@_attrs_define
class SessionOut:
    """A learning session.

    Attributes:
        session_id (str): Id chosen by the owner or a facilitator.
        held_on (datetime.date): Day held.
        topic (str): Topic.
        organizations_attending (int): Organizations present.
        people_attending (int): People present, all organizations.
        attendance (SessionOutAttendance): People by organization: every organization for the owner and facilitators,
            your own for other members.
    """

    session_id: str
    held_on: datetime.date
    topic: str
    organizations_attending: int
    people_attending: int
    attendance: SessionOutAttendance
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        held_on = self.held_on.isoformat()

        topic = self.topic

        organizations_attending = self.organizations_attending

        people_attending = self.people_attending

        attendance = self.attendance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "held_on": held_on,
                "topic": topic,
                "organizations_attending": organizations_attending,
                "people_attending": people_attending,
                "attendance": attendance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_out_attendance import SessionOutAttendance  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("session_id")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        topic = d.pop("topic")

        organizations_attending = d.pop("organizations_attending")

        people_attending = d.pop("people_attending")

        attendance = SessionOutAttendance.from_dict(d.pop("attendance"))

        session_out = cls(
            session_id=session_id,
            held_on=held_on,
            topic=topic,
            organizations_attending=organizations_attending,
            people_attending=people_attending,
            attendance=attendance,
        )

        session_out.additional_properties = d
        return session_out

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

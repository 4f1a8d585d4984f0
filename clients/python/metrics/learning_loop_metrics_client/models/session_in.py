from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_in_attendance import SessionInAttendance


T = TypeVar("T", bound="SessionIn")


@_attrs_define
class SessionIn:
    """Body of `PUT /v1/collaboratives/{id}/sessions/{session_id}`.

    Attributes:
        held_on (datetime.date): The day it was held.
        topic (str): Its topic.
        attendance (SessionInAttendance | Unset): People who attended, by member organization (absent: did not attend).
            Replaces the stored attendance.
    """

    held_on: datetime.date
    topic: str
    attendance: SessionInAttendance | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        topic = self.topic

        attendance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendance, Unset):
            attendance = self.attendance.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "held_on": held_on,
                "topic": topic,
            }
        )
        if attendance is not UNSET:
            field_dict["attendance"] = attendance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_in_attendance import SessionInAttendance  # noqa: PLC0415

        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        topic = d.pop("topic")

        _attendance = d.pop("attendance", UNSET)
        attendance: SessionInAttendance | Unset
        if isinstance(_attendance, Unset):
            attendance = UNSET
        else:
            attendance = SessionInAttendance.from_dict(_attendance)

        session_in = cls(
            held_on=held_on,
            topic=topic,
            attendance=attendance,
        )

        return session_in

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member_participation_out import MemberParticipationOut


T = TypeVar("T", bound="ParticipationOut")


@_attrs_define
class ParticipationOut:
    """Who took part in a collaborative in a month, and how many dropped out.

    Attributes:
        collaborative_id (str): The collaborative.
        month (datetime.date): First day of the month.
        sessions_held (int): Learning sessions held in the month.
        members_at_start (int): Members on the month's first day.
        members_left (int): Of those, how many left or were removed in the month.
        dropout_rate (float | None): `members_left / members_at_start`, 4 places; null with no member at start.
        members (list[MemberParticipationOut]): Every organization that was a member at any time in the month: yours
            first, then named ones, then anonymous ones, by label.
    """

    collaborative_id: str
    month: datetime.date
    sessions_held: int
    members_at_start: int
    members_left: int
    dropout_rate: float | None
    members: list[MemberParticipationOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaborative_id = self.collaborative_id

        month = self.month.isoformat()

        sessions_held = self.sessions_held

        members_at_start = self.members_at_start

        members_left = self.members_left

        dropout_rate: float | None
        dropout_rate = self.dropout_rate

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaborative_id": collaborative_id,
                "month": month,
                "sessions_held": sessions_held,
                "members_at_start": members_at_start,
                "members_left": members_left,
                "dropout_rate": dropout_rate,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_participation_out import MemberParticipationOut  # noqa: PLC0415

        d = dict(src_dict)
        collaborative_id = d.pop("collaborative_id")

        month = datetime.date.fromisoformat(d.pop("month"))

        sessions_held = d.pop("sessions_held")

        members_at_start = d.pop("members_at_start")

        members_left = d.pop("members_left")

        def _parse_dropout_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        dropout_rate = _parse_dropout_rate(d.pop("dropout_rate"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberParticipationOut.from_dict(members_item_data)

            members.append(members_item)

        participation_out = cls(
            collaborative_id=collaborative_id,
            month=month,
            sessions_held=sessions_held,
            members_at_start=members_at_start,
            members_left=members_left,
            dropout_rate=dropout_rate,
            members=members,
        )

        participation_out.additional_properties = d
        return participation_out

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

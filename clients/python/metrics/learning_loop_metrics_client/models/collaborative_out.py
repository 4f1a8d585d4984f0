from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collaborative_out_role import CollaborativeOutRole

T = TypeVar("T", bound="CollaborativeOut")


@_attrs_define
class CollaborativeOut:
    """A collaborative as one of its approved members sees it.

    Attributes:
        collaborative_id (str): Its id, made by the server (opaque); share it with the organizations you invite to
            apply.
        name (str): Its name.
        created_at (datetime.datetime): When it was created.
        member_count (int): How many organizations are approved members.
        joined_at (datetime.datetime | None): When your organization's membership was approved.
        role (CollaborativeOutRole): Your organization's role: `owner` (created it; renames it, names facilitators,
            decides applications), `facilitator` (decides applications) or `member`.
    """

    collaborative_id: str
    name: str
    created_at: datetime.datetime
    member_count: int
    joined_at: datetime.datetime | None
    role: CollaborativeOutRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaborative_id = self.collaborative_id

        name = self.name

        created_at = self.created_at.isoformat()

        member_count = self.member_count

        joined_at: None | str
        if isinstance(self.joined_at, datetime.datetime):
            joined_at = self.joined_at.isoformat()
        else:
            joined_at = self.joined_at

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaborative_id": collaborative_id,
                "name": name,
                "created_at": created_at,
                "member_count": member_count,
                "joined_at": joined_at,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collaborative_id = d.pop("collaborative_id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        member_count = d.pop("member_count")

        def _parse_joined_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                joined_at_type_0 = datetime.datetime.fromisoformat(data)

                return joined_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        joined_at = _parse_joined_at(d.pop("joined_at"))

        role = CollaborativeOutRole(d.pop("role"))

        collaborative_out = cls(
            collaborative_id=collaborative_id,
            name=name,
            created_at=created_at,
            member_count=member_count,
            joined_at=joined_at,
            role=role,
        )

        collaborative_out.additional_properties = d
        return collaborative_out

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_out_role import MembershipOutRole
from ..models.membership_out_status import MembershipOutStatus

T = TypeVar("T", bound="MembershipOut")


@_attrs_define
class MembershipOut:
    """An organization's application to, or membership of, a collaborative.

    Attributes:
        collaborative_id (str): The collaborative.
        org (str): The organization.
        status (MembershipOutStatus): `applied`: waiting for the owner or a facilitator; `approved`: a member (its org-
            level values count in the pool); `declined`: refused or removed.
        role (MembershipOutRole): Its role in the collaborative.
        applied_at (datetime.datetime): When it applied (or created the collaborative).
        decided_at (datetime.datetime | None): When its application was last decided; null while it waits.
    """

    collaborative_id: str
    org: str
    status: MembershipOutStatus
    role: MembershipOutRole
    applied_at: datetime.datetime
    decided_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaborative_id = self.collaborative_id

        org = self.org

        status = self.status.value

        role = self.role.value

        applied_at = self.applied_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaborative_id": collaborative_id,
                "org": org,
                "status": status,
                "role": role,
                "applied_at": applied_at,
                "decided_at": decided_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collaborative_id = d.pop("collaborative_id")

        org = d.pop("org")

        status = MembershipOutStatus(d.pop("status"))

        role = MembershipOutRole(d.pop("role"))

        applied_at = datetime.datetime.fromisoformat(d.pop("applied_at"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        membership_out = cls(
            collaborative_id=collaborative_id,
            org=org,
            status=status,
            role=role,
            applied_at=applied_at,
            decided_at=decided_at,
        )

        membership_out.additional_properties = d
        return membership_out

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

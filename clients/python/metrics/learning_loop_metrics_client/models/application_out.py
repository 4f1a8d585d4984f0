from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_out_role import ApplicationOutRole
from ..models.application_out_status import ApplicationOutStatus

T = TypeVar("T", bound="ApplicationOut")


@_attrs_define
class ApplicationOut:
    """Where your organization's application stands. It carries no time: an application to an
    id that does not exist is answered alike and stores nothing, and a time kept for a real
    one would tell the two apart.

        Attributes:
            collaborative_id (str): The collaborative.
            org (str): Your organization.
            status (ApplicationOutStatus): `applied`: waiting for the owner or a facilitator; `approved`: a member;
                `declined`: refused or removed.
            role (ApplicationOutRole): Your organization's role in it.
    """

    collaborative_id: str
    org: str
    status: ApplicationOutStatus
    role: ApplicationOutRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaborative_id = self.collaborative_id

        org = self.org

        status = self.status.value

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaborative_id": collaborative_id,
                "org": org,
                "status": status,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collaborative_id = d.pop("collaborative_id")

        org = d.pop("org")

        status = ApplicationOutStatus(d.pop("status"))

        role = ApplicationOutRole(d.pop("role"))

        application_out = cls(
            collaborative_id=collaborative_id,
            org=org,
            status=status,
            role=role,
        )

        application_out.additional_properties = d
        return application_out

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

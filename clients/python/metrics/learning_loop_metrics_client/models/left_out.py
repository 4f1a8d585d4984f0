from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.left_out_status import LeftOutStatus

T = TypeVar("T", bound="LeftOut")


@_attrs_define
class LeftOut:
    """Where an organization stands after leaving or being removed.

    Attributes:
        collaborative_id (str): The collaborative.
        org (str): The organization.
        status (LeftOutStatus): `left`: it left by itself (it may apply again); `declined`: removed by the owner or a
            facilitator (only they re-admit it).
    """

    collaborative_id: str
    org: str
    status: LeftOutStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collaborative_id = self.collaborative_id

        org = self.org

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaborative_id": collaborative_id,
                "org": org,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collaborative_id = d.pop("collaborative_id")

        org = d.pop("org")

        status = LeftOutStatus(d.pop("status"))

        left_out = cls(
            collaborative_id=collaborative_id,
            org=org,
            status=status,
        )

        left_out.additional_properties = d
        return left_out

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

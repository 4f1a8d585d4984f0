from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.decision_in_role_type_0 import DecisionInRoleType0
from ..models.decision_in_status import DecisionInStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionIn")


@_attrs_define
class DecisionIn:
    """Body of `PUT /v1/collaboratives/{id}/members/{org}`: the decision on an application.

    Attributes:
        status (DecisionInStatus): `approved` admits the organization; `declined` refuses the application or removes a
            member.
        role (DecisionInRoleType0 | None | Unset): Make an approved member a `facilitator` (or back to `member`); the
            owner only. Omit to keep the current role.
    """

    status: DecisionInStatus
    role: DecisionInRoleType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, DecisionInRoleType0):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = DecisionInStatus(d.pop("status"))

        def _parse_role(data: object) -> DecisionInRoleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = DecisionInRoleType0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DecisionInRoleType0 | None | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        decision_in = cls(
            status=status,
            role=role,
        )

        return decision_in

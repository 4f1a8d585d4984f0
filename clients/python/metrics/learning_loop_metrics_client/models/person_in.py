from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.person_in_role import PersonInRole

T = TypeVar("T", bound="PersonIn")


@_attrs_define
class PersonIn:
    """Body of `PUT /v1/collaboratives/{id}/people/{person_id}`.

    Attributes:
        label (str): A display label your organization chooses (a role title, `Coach A`); not a name unless the person
            wants one shown. Nothing else about a person is kept.
        role (PersonInRole): `faculty` and `coach` (the owner and facilitators attach them; every member sees them), or
            `member_team`, `lived_experience`, `family` (your organization's own).
    """

    label: str
    role: PersonInRole

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        role = PersonInRole(d.pop("role"))

        person_in = cls(
            label=label,
            role=role,
        )

        return person_in

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_out_role import PersonOutRole

T = TypeVar("T", bound="PersonOut")


@_attrs_define
class PersonOut:
    """A person in the collaborative.

    Attributes:
        person_id (str): Id chosen by its organization.
        label (str): Display label.
        role (PersonOutRole): Role.
        org (None | str): The organization that attached it: shown to the owner, facilitators and that organization;
            null for others.
    """

    person_id: str
    label: str
    role: PersonOutRole
    org: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        label = self.label

        role = self.role.value

        org: None | str
        org = self.org

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "person_id": person_id,
                "label": label,
                "role": role,
                "org": org,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = d.pop("person_id")

        label = d.pop("label")

        role = PersonOutRole(d.pop("role"))

        def _parse_org(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org = _parse_org(d.pop("org"))

        person_out = cls(
            person_id=person_id,
            label=label,
            role=role,
            org=org,
        )

        person_out.additional_properties = d
        return person_out

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

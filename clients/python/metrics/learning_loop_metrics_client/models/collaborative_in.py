from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CollaborativeIn")


@_attrs_define
class CollaborativeIn:
    """Body of `POST /v1/collaboratives` and `PUT /v1/collaboratives/{id}`.

    Attributes:
        name (str): The collaborative's name.
    """

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        collaborative_in = cls(
            name=name,
        )

        return collaborative_in

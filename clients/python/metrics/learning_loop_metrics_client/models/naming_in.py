from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="NamingIn")


@_attrs_define
class NamingIn:
    """Body of `PUT /v1/collaboratives/{id}/naming`.

    Attributes:
        label (None | str): The name your peers see in benchmarks and participation; null to be anonymous again (the
            default).
    """

    label: None | str

    def to_dict(self) -> dict[str, Any]:
        label: None | str
        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        naming_in = cls(
            label=label,
        )

        return naming_in

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Basis")


@_attrs_define
class Basis:
    """A published instrument or standard a form is modelled on.

    Attributes:
        name (str):
        reference (str): Bibliographic reference or publisher.
        borrowed (str): What was taken from it: a domain, a scale, a structure.
        url (None | str | Unset):
    """

    name: str
    reference: str
    borrowed: str
    url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference = self.reference

        borrowed = self.borrowed

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "reference": reference,
                "borrowed": borrowed,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        reference = d.pop("reference")

        borrowed = d.pop("borrowed")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        basis = cls(
            name=name,
            reference=reference,
            borrowed=borrowed,
            url=url,
        )

        return basis

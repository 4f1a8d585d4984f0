from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EstablishmentUpserted")


@_attrs_define
class EstablishmentUpserted:
    """A team's funded posts from a day on: the FTE vacancy is measured against.

    Attributes:
        team_id (str): The team's id.
        effective_from (datetime.date): The first day this establishment holds.
        funded_fte (float): Funded full-time equivalents of the team.
        site_id (None | str | Unset): The site's id.
    """

    team_id: str
    effective_from: datetime.date
    funded_fte: float
    site_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        effective_from = self.effective_from.isoformat()

        funded_fte = self.funded_fte

        site_id: None | str | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
                "effective_from": effective_from,
                "funded_fte": funded_fte,
            }
        )
        if site_id is not UNSET:
            field_dict["site_id"] = site_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = d.pop("team_id")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        funded_fte = d.pop("funded_fte")

        def _parse_site_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))

        establishment_upserted = cls(
            team_id=team_id,
            effective_from=effective_from,
            funded_fte=funded_fte,
            site_id=site_id,
        )

        establishment_upserted.additional_properties = d
        return establishment_upserted

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

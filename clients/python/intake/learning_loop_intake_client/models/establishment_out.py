from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EstablishmentOut")


@_attrs_define
class EstablishmentOut:
    """One stored establishment row as the API returns it.

    Attributes:
        effective_from (datetime.date): The first day this establishment holds (until the next one's day): not before
            2000-01-01, at most two years ahead. The same day again replaces that row.
        funded_fte (float): Funded full-time equivalents of the team from `effective_from` on (0 when the team is
            closed); at most 1000.
        team_id (str): The team's id.
        updated_at (datetime.datetime): When intake last accepted a change to this row.
        site_id (None | str | Unset): The team's site, if any.
    """

    effective_from: datetime.date
    funded_fte: float
    team_id: str
    updated_at: datetime.datetime
    site_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        effective_from = self.effective_from.isoformat()

        funded_fte = self.funded_fte

        team_id = self.team_id

        updated_at = self.updated_at.isoformat()

        site_id: None | str | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "effective_from": effective_from,
                "funded_fte": funded_fte,
                "team_id": team_id,
                "updated_at": updated_at,
            }
        )
        if site_id is not UNSET:
            field_dict["site_id"] = site_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        funded_fte = d.pop("funded_fte")

        team_id = d.pop("team_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_site_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))

        establishment_out = cls(
            effective_from=effective_from,
            funded_fte=funded_fte,
            team_id=team_id,
            updated_at=updated_at,
            site_id=site_id,
        )

        return establishment_out

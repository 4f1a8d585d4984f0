from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamInviteIn")


@_attrs_define
class TeamInviteIn:
    """
    Attributes:
        team_id (str): The team's id (as intake's records name it).
        invited (int): How many of the team are invited: the most tokens it gets.
        site_id (None | str | Unset): The team's site, if any.
    """

    team_id: str
    invited: int
    site_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        invited = self.invited

        site_id: None | str | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "team_id": team_id,
                "invited": invited,
            }
        )
        if site_id is not UNSET:
            field_dict["site_id"] = site_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = d.pop("team_id")

        invited = d.pop("invited")

        def _parse_site_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))

        team_invite_in = cls(
            team_id=team_id,
            invited=invited,
            site_id=site_id,
        )

        return team_invite_in

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TeamOut")


@_attrs_define
class TeamOut:
    """
    Attributes:
        team_id (str): The team's id.
        site_id (None | str): The team's site.
        invited (int): How many were invited.
        tokens_issued (int): Tokens minted so far (at most `invited`).
        published (bool): Whether its `staff-survey.closed` event is published.
    """

    team_id: str
    site_id: None | str
    invited: int
    tokens_issued: int
    published: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        site_id: None | str
        site_id = self.site_id

        invited = self.invited

        tokens_issued = self.tokens_issued

        published = self.published

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
                "site_id": site_id,
                "invited": invited,
                "tokens_issued": tokens_issued,
                "published": published,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = d.pop("team_id")

        def _parse_site_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        site_id = _parse_site_id(d.pop("site_id"))

        invited = d.pop("invited")

        tokens_issued = d.pop("tokens_issued")

        published = d.pop("published")

        team_out = cls(
            team_id=team_id,
            site_id=site_id,
            invited=invited,
            tokens_issued=tokens_issued,
            published=published,
        )

        team_out.additional_properties = d
        return team_out

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

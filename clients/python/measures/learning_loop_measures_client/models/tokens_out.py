from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokensOut")


@_attrs_define
class TokensOut:
    """The tokens, in clear, this once: measures keeps only their keyed hashes.

    Attributes:
        campaign_id (str): The campaign.
        team_id (str): The team.
        tokens (list[str]): One-time tokens for the org's mailer to send.
        tokens_issued (int): Tokens minted for the team so far.
        invited (int): The team's invited count.
    """

    campaign_id: str
    team_id: str
    tokens: list[str]
    tokens_issued: int
    invited: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        team_id = self.team_id

        tokens = self.tokens

        tokens_issued = self.tokens_issued

        invited = self.invited

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "team_id": team_id,
                "tokens": tokens,
                "tokens_issued": tokens_issued,
                "invited": invited,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        team_id = d.pop("team_id")

        tokens = cast(list[str], d.pop("tokens"))

        tokens_issued = d.pop("tokens_issued")

        invited = d.pop("invited")

        tokens_out = cls(
            campaign_id=campaign_id,
            team_id=team_id,
            tokens=tokens,
            tokens_issued=tokens_issued,
            invited=invited,
        )

        tokens_out.additional_properties = d
        return tokens_out

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

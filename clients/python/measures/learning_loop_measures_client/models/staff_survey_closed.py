from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_survey_response import StaffSurveyResponse


T = TypeVar("T", bound="StaffSurveyClosed")


@_attrs_define
class StaffSurveyClosed:
    """A staff survey campaign's responses for one team, published once, when the campaign
    closes, in shuffled order: no response's position or time can be matched to a person's
    login. Metrics reports them only by team or above and only at or above the staff floor.

        Attributes:
            campaign_id (str): The campaign's id.
            team_id (str): The team the responses came from.
            instrument_ids (list[str]): The instruments the campaign asked.
            opened_on (datetime.date): The campaign's first day.
            closed_on (datetime.date): The campaign's last day.
            invited (int): How many people of the team were invited.
            responses (list[StaffSurveyResponse]): Every response, shuffled.
            site_id (None | str | Unset): The team's site.
    """

    campaign_id: str
    team_id: str
    instrument_ids: list[str]
    opened_on: datetime.date
    closed_on: datetime.date
    invited: int
    responses: list[StaffSurveyResponse]
    site_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        team_id = self.team_id

        instrument_ids = self.instrument_ids

        opened_on = self.opened_on.isoformat()

        closed_on = self.closed_on.isoformat()

        invited = self.invited

        responses = []
        for responses_item_data in self.responses:
            responses_item = responses_item_data.to_dict()
            responses.append(responses_item)

        site_id: None | str | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "team_id": team_id,
                "instrument_ids": instrument_ids,
                "opened_on": opened_on,
                "closed_on": closed_on,
                "invited": invited,
                "responses": responses,
            }
        )
        if site_id is not UNSET:
            field_dict["site_id"] = site_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_survey_response import StaffSurveyResponse  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        team_id = d.pop("team_id")

        instrument_ids = cast(list[str], d.pop("instrument_ids"))

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        closed_on = datetime.date.fromisoformat(d.pop("closed_on"))

        invited = d.pop("invited")

        responses = []
        _responses = d.pop("responses")
        for responses_item_data in _responses:
            responses_item = StaffSurveyResponse.from_dict(responses_item_data)

            responses.append(responses_item)

        def _parse_site_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))

        staff_survey_closed = cls(
            campaign_id=campaign_id,
            team_id=team_id,
            instrument_ids=instrument_ids,
            opened_on=opened_on,
            closed_on=closed_on,
            invited=invited,
            responses=responses,
            site_id=site_id,
        )

        staff_survey_closed.additional_properties = d
        return staff_survey_closed

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

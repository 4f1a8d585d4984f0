from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.staff_survey_out_status import StaffSurveyOutStatus

if TYPE_CHECKING:
    from ..models.team_out import TeamOut


T = TypeVar("T", bound="StaffSurveyOut")


@_attrs_define
class StaffSurveyOut:
    """A campaign. It never says how many answered: counts reach leaders only through metrics,
    under the staff floor.

        Attributes:
            campaign_id (str): The campaign's id (random).
            instrument_ids (list[str]): The instruments asked.
            instruments (list[str]): Their catalog versions (`id.vN`).
            teams (list[TeamOut]): The invited teams.
            opens_on (datetime.date): First day.
            closes_on (datetime.date): Last day planned.
            closed_on (datetime.date | None): Last day answers were taken, once closed.
            status (StaffSurveyOutStatus): `scheduled` before its first day, `open`, or `closed` (explicitly, or its last
                day has passed; the worker then publishes it within minutes).
            created_at (datetime.datetime): When the campaign was created.
    """

    campaign_id: str
    instrument_ids: list[str]
    instruments: list[str]
    teams: list[TeamOut]
    opens_on: datetime.date
    closes_on: datetime.date
    closed_on: datetime.date | None
    status: StaffSurveyOutStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        instrument_ids = self.instrument_ids

        instruments = self.instruments

        teams = []
        for teams_item_data in self.teams:
            teams_item = teams_item_data.to_dict()
            teams.append(teams_item)

        opens_on = self.opens_on.isoformat()

        closes_on = self.closes_on.isoformat()

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "instrument_ids": instrument_ids,
                "instruments": instruments,
                "teams": teams,
                "opens_on": opens_on,
                "closes_on": closes_on,
                "closed_on": closed_on,
                "status": status,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_out import TeamOut  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        instrument_ids = cast(list[str], d.pop("instrument_ids"))

        instruments = cast(list[str], d.pop("instruments"))

        teams = []
        _teams = d.pop("teams")
        for teams_item_data in _teams:
            teams_item = TeamOut.from_dict(teams_item_data)

            teams.append(teams_item)

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        status = StaffSurveyOutStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        staff_survey_out = cls(
            campaign_id=campaign_id,
            instrument_ids=instrument_ids,
            instruments=instruments,
            teams=teams,
            opens_on=opens_on,
            closes_on=closes_on,
            closed_on=closed_on,
            status=status,
            created_at=created_at,
        )

        staff_survey_out.additional_properties = d
        return staff_survey_out

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

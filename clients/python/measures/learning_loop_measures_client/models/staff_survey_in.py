from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.team_invite_in import TeamInviteIn


T = TypeVar("T", bound="StaffSurveyIn")


@_attrs_define
class StaffSurveyIn:
    """A campaign: staff instruments, the invited teams, and its first and last days (UTC).

    Attributes:
        instrument_ids (list[str]): Catalog ids of staff instruments (answered by staff); restricted ones must be
            enabled for the org (403 `instrument-not-enabled`).
        teams (list[TeamInviteIn]): Teams invited.
        opens_on (datetime.date): First day answers are taken (UTC).
        closes_on (datetime.date): Last day answers are taken (UTC); not yet passed.
    """

    instrument_ids: list[str]
    teams: list[TeamInviteIn]
    opens_on: datetime.date
    closes_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        instrument_ids = self.instrument_ids

        teams = []
        for teams_item_data in self.teams:
            teams_item = teams_item_data.to_dict()
            teams.append(teams_item)

        opens_on = self.opens_on.isoformat()

        closes_on = self.closes_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instrument_ids": instrument_ids,
                "teams": teams,
                "opens_on": opens_on,
                "closes_on": closes_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_invite_in import TeamInviteIn  # noqa: PLC0415

        d = dict(src_dict)
        instrument_ids = cast(list[str], d.pop("instrument_ids"))

        teams = []
        _teams = d.pop("teams")
        for teams_item_data in _teams:
            teams_item = TeamInviteIn.from_dict(teams_item_data)

            teams.append(teams_item)

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        staff_survey_in = cls(
            instrument_ids=instrument_ids,
            teams=teams,
            opens_on=opens_on,
            closes_on=closes_on,
        )

        return staff_survey_in

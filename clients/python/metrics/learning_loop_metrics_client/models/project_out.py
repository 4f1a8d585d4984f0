from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_out_status import ProjectOutStatus

if TYPE_CHECKING:
    from ..models.aim_out import AimOut
    from ..models.cycle_out import CycleOut


T = TypeVar("T", bound="ProjectOut")


@_attrs_define
class ProjectOut:
    """A project with its cycles, as the caller may see it.

    Attributes:
        project_id (str): Its id, chosen by its organization.
        org (str): The organization that owns it.
        title (str): A short name.
        aim (AimOut): The aim as stored; `baseline` is null for another organization's project.
        team (None | str): Who does the work.
        change_ideas (list[str]): Changes the team may test.
        status (ProjectOutStatus): planned, active, completed, abandoned.
        shared_with (None | str): The collaborative it is shared with, if any.
        updated_at (datetime.datetime): When it was last changed.
        cycles (list[CycleOut]): Its PDSA cycles by start date (unstarted last).
        chart (None | str): The chart of the aim's metric for its unit (your own projects only).
    """

    project_id: str
    org: str
    title: str
    aim: AimOut
    team: None | str
    change_ideas: list[str]
    status: ProjectOutStatus
    shared_with: None | str
    updated_at: datetime.datetime
    cycles: list[CycleOut]
    chart: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        org = self.org

        title = self.title

        aim = self.aim.to_dict()

        team: None | str
        team = self.team

        change_ideas = self.change_ideas

        status = self.status.value

        shared_with: None | str
        shared_with = self.shared_with

        updated_at = self.updated_at.isoformat()

        cycles = []
        for cycles_item_data in self.cycles:
            cycles_item = cycles_item_data.to_dict()
            cycles.append(cycles_item)

        chart: None | str
        chart = self.chart

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "org": org,
                "title": title,
                "aim": aim,
                "team": team,
                "change_ideas": change_ideas,
                "status": status,
                "shared_with": shared_with,
                "updated_at": updated_at,
                "cycles": cycles,
                "chart": chart,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aim_out import AimOut  # noqa: PLC0415
        from ..models.cycle_out import CycleOut  # noqa: PLC0415

        d = dict(src_dict)
        project_id = d.pop("project_id")

        org = d.pop("org")

        title = d.pop("title")

        aim = AimOut.from_dict(d.pop("aim"))

        def _parse_team(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team = _parse_team(d.pop("team"))

        change_ideas = cast(list[str], d.pop("change_ideas"))

        status = ProjectOutStatus(d.pop("status"))

        def _parse_shared_with(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        shared_with = _parse_shared_with(d.pop("shared_with"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        cycles = []
        _cycles = d.pop("cycles")
        for cycles_item_data in _cycles:
            cycles_item = CycleOut.from_dict(cycles_item_data)

            cycles.append(cycles_item)

        def _parse_chart(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        chart = _parse_chart(d.pop("chart"))

        project_out = cls(
            project_id=project_id,
            org=org,
            title=title,
            aim=aim,
            team=team,
            change_ideas=change_ideas,
            status=status,
            shared_with=shared_with,
            updated_at=updated_at,
            cycles=cycles,
            chart=chart,
        )

        project_out.additional_properties = d
        return project_out

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

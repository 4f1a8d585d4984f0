from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.project_in_status import ProjectInStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aim_in import AimIn


T = TypeVar("T", bound="ProjectIn")


@_attrs_define
class ProjectIn:
    """An improvement project: title, aim, team, change ideas, status and sharing.

    Attributes:
        title (str): A short name.
        aim (AimIn): What the project aims at: a metric at one of your units, how much, by when.
        team (None | str | Unset): Who does the work, in your words (never patient data).
        change_ideas (list[str] | Unset): Changes the team may test, each a short text (at most 30, 200 characters
            each).
        status (ProjectInStatus | Unset): planned, active, completed, abandoned. Default: ProjectInStatus.PLANNED.
        shared_with (None | str | Unset): A collaborative your organization is an approved member of: its approved
            members may read the project (aim without baseline, team, change ideas, cycles and lessons; never its chart or
            effect). Omit to keep it private to your organization.
    """

    title: str
    aim: AimIn
    team: None | str | Unset = UNSET
    change_ideas: list[str] | Unset = UNSET
    status: ProjectInStatus | Unset = ProjectInStatus.PLANNED
    shared_with: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        aim = self.aim.to_dict()

        team: None | str | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        else:
            team = self.team

        change_ideas: list[str] | Unset = UNSET
        if not isinstance(self.change_ideas, Unset):
            change_ideas = self.change_ideas

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        shared_with: None | str | Unset
        if isinstance(self.shared_with, Unset):
            shared_with = UNSET
        else:
            shared_with = self.shared_with

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "aim": aim,
            }
        )
        if team is not UNSET:
            field_dict["team"] = team
        if change_ideas is not UNSET:
            field_dict["change_ideas"] = change_ideas
        if status is not UNSET:
            field_dict["status"] = status
        if shared_with is not UNSET:
            field_dict["shared_with"] = shared_with

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aim_in import AimIn  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        aim = AimIn.from_dict(d.pop("aim"))

        def _parse_team(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        change_ideas = cast(list[str], d.pop("change_ideas", UNSET))

        _status = d.pop("status", UNSET)
        status: ProjectInStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectInStatus(_status)

        def _parse_shared_with(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shared_with = _parse_shared_with(d.pop("shared_with", UNSET))

        project_in = cls(
            title=title,
            aim=aim,
            team=team,
            change_ideas=change_ideas,
            status=status,
            shared_with=shared_with,
        )

        return project_in

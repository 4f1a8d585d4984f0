from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change_out import ChangeOut
    from ..models.episode_summary import EpisodeSummary
    from ..models.trajectory_point import TrajectoryPoint


T = TypeVar("T", bound="TrajectoryOut")


@_attrs_define
class TrajectoryOut:
    """A patient's series on one instrument within one episode of care, oldest first.

    Attributes:
        patient_id (str): The patient.
        instrument_id (str): The instrument.
        episode_id (None | str): The episode shown: the one asked for, else the latest (the episode of the latest
            completed assessment). Null only for assessments stored without one.
        episodes (list[EpisodeSummary]): Every episode of the patient on the instrument, oldest first.
        points (list[TrajectoryPoint]): Every assessment of the episode, by completion time.
        change (ChangeOut | None): The episode's baseline to its latest; null with fewer than 2.
    """

    patient_id: str
    instrument_id: str
    episode_id: None | str
    episodes: list[EpisodeSummary]
    points: list[TrajectoryPoint]
    change: ChangeOut | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_out import ChangeOut  # noqa: PLC0415

        patient_id = self.patient_id

        instrument_id = self.instrument_id

        episode_id: None | str
        episode_id = self.episode_id

        episodes = []
        for episodes_item_data in self.episodes:
            episodes_item = episodes_item_data.to_dict()
            episodes.append(episodes_item)

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        change: dict[str, Any] | None
        if isinstance(self.change, ChangeOut):
            change = self.change.to_dict()
        else:
            change = self.change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patient_id": patient_id,
                "instrument_id": instrument_id,
                "episode_id": episode_id,
                "episodes": episodes,
                "points": points,
                "change": change,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_out import ChangeOut  # noqa: PLC0415
        from ..models.episode_summary import EpisodeSummary  # noqa: PLC0415
        from ..models.trajectory_point import TrajectoryPoint  # noqa: PLC0415

        d = dict(src_dict)
        patient_id = d.pop("patient_id")

        instrument_id = d.pop("instrument_id")

        def _parse_episode_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        episode_id = _parse_episode_id(d.pop("episode_id"))

        episodes = []
        _episodes = d.pop("episodes")
        for episodes_item_data in _episodes:
            episodes_item = EpisodeSummary.from_dict(episodes_item_data)

            episodes.append(episodes_item)

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = TrajectoryPoint.from_dict(points_item_data)

            points.append(points_item)

        def _parse_change(data: object) -> ChangeOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                change_type_0 = ChangeOut.from_dict(data)

                return change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeOut | None, data)

        change = _parse_change(d.pop("change"))

        trajectory_out = cls(
            patient_id=patient_id,
            instrument_id=instrument_id,
            episode_id=episode_id,
            episodes=episodes,
            points=points,
            change=change,
        )

        trajectory_out.additional_properties = d
        return trajectory_out

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

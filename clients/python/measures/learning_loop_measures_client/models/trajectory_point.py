from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrajectoryPoint")


@_attrs_define
class TrajectoryPoint:
    """One assessment in a patient's series.

    Attributes:
        assessment_id (str): The assessment.
        completed_at (datetime.datetime): When it was completed (UTC).
        total (float | None): Its total; null when incomplete.
        band (None | str): Severity band code of the total.
        weeks_since_baseline (float | None): Weeks from the episode's baseline; null for points without a total.
    """

    assessment_id: str
    completed_at: datetime.datetime
    total: float | None
    band: None | str
    weeks_since_baseline: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_id = self.assessment_id

        completed_at = self.completed_at.isoformat()

        total: float | None
        total = self.total

        band: None | str
        band = self.band

        weeks_since_baseline: float | None
        weeks_since_baseline = self.weeks_since_baseline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "completed_at": completed_at,
                "total": total,
                "band": band,
                "weeks_since_baseline": weeks_since_baseline,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessment_id = d.pop("assessment_id")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        def _parse_total(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total = _parse_total(d.pop("total"))

        def _parse_band(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        band = _parse_band(d.pop("band"))

        def _parse_weeks_since_baseline(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        weeks_since_baseline = _parse_weeks_since_baseline(d.pop("weeks_since_baseline"))

        trajectory_point = cls(
            assessment_id=assessment_id,
            completed_at=completed_at,
            total=total,
            band=band,
            weeks_since_baseline=weeks_since_baseline,
        )

        trajectory_point.additional_properties = d
        return trajectory_point

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recognition_found_better import RecognitionFoundBetter
from ..models.recognition_found_level import RecognitionFoundLevel
from ..models.recognition_found_period import RecognitionFoundPeriod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recognition_found_filters import RecognitionFoundFilters
    from ..models.recognition_point import RecognitionPoint


T = TypeVar("T", bound="RecognitionFound")


@_attrs_define
class RecognitionFound:
    """A team or clinician whose chart shows a sustained change for the better (a shift or a
    trend, never a single point), published once, when first found, as
    `GET /v1/recognitions` would list it.

        Attributes:
            recognition_id (str): Stable id of this recognition (the same unit, metric, filters, rule and first period
                always give the same id); consumers deduplicate on it.
            metric_id (str): The catalog metric.
            better (RecognitionFoundBetter): Which direction is better.
            level (RecognitionFoundLevel): The unit's level.
            unit_id (str): The team's or clinician's id.
            period (RecognitionFoundPeriod): Period length of the chart.
            rule_set (str): The rule set read (`anhoej`, `nhs`, `ihi`).
            rule (str): The rule that found the change.
            chart (str): The control chart read: `p`, `pp`, `u` or `xmr`.
            centre (float | None): The chart's centre line.
            first_period (datetime.date): First day of the signal's first period.
            last_period (datetime.date): First day of the signal's last period.
            points (list[RecognitionPoint]): The signal's published points, in order (never a suppressed value).
            filters (RecognitionFoundFilters | Unset): The filters the chart was computed with.
    """

    recognition_id: str
    metric_id: str
    better: RecognitionFoundBetter
    level: RecognitionFoundLevel
    unit_id: str
    period: RecognitionFoundPeriod
    rule_set: str
    rule: str
    chart: str
    centre: float | None
    first_period: datetime.date
    last_period: datetime.date
    points: list[RecognitionPoint]
    filters: RecognitionFoundFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recognition_id = self.recognition_id

        metric_id = self.metric_id

        better = self.better.value

        level = self.level.value

        unit_id = self.unit_id

        period = self.period.value

        rule_set = self.rule_set

        rule = self.rule

        chart = self.chart

        centre: float | None
        centre = self.centre

        first_period = self.first_period.isoformat()

        last_period = self.last_period.isoformat()

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recognition_id": recognition_id,
                "metric_id": metric_id,
                "better": better,
                "level": level,
                "unit_id": unit_id,
                "period": period,
                "rule_set": rule_set,
                "rule": rule,
                "chart": chart,
                "centre": centre,
                "first_period": first_period,
                "last_period": last_period,
                "points": points,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recognition_found_filters import RecognitionFoundFilters  # noqa: PLC0415
        from ..models.recognition_point import RecognitionPoint  # noqa: PLC0415

        d = dict(src_dict)
        recognition_id = d.pop("recognition_id")

        metric_id = d.pop("metric_id")

        better = RecognitionFoundBetter(d.pop("better"))

        level = RecognitionFoundLevel(d.pop("level"))

        unit_id = d.pop("unit_id")

        period = RecognitionFoundPeriod(d.pop("period"))

        rule_set = d.pop("rule_set")

        rule = d.pop("rule")

        chart = d.pop("chart")

        def _parse_centre(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        centre = _parse_centre(d.pop("centre"))

        first_period = datetime.date.fromisoformat(d.pop("first_period"))

        last_period = datetime.date.fromisoformat(d.pop("last_period"))

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = RecognitionPoint.from_dict(points_item_data)

            points.append(points_item)

        _filters = d.pop("filters", UNSET)
        filters: RecognitionFoundFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = RecognitionFoundFilters.from_dict(_filters)

        recognition_found = cls(
            recognition_id=recognition_id,
            metric_id=metric_id,
            better=better,
            level=level,
            unit_id=unit_id,
            period=period,
            rule_set=rule_set,
            rule=rule,
            chart=chart,
            centre=centre,
            first_period=first_period,
            last_period=last_period,
            points=points,
            filters=filters,
        )

        recognition_found.additional_properties = d
        return recognition_found

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

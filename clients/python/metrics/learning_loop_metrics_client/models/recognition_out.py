from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evidence_point_out import EvidencePointOut
    from ..models.recognition_out_filters import RecognitionOutFilters


T = TypeVar("T", bound="RecognitionOut")


@_attrs_define
class RecognitionOut:
    """A unit whose chart shows a sustained change for the better, and the evidence.

    Attributes:
        metric_id (str): The metric.
        title (str): The metric's title.
        better (str): `higher` or `lower` is better.
        level (str): The unit's level.
        unit_id (str): The unit recognized.
        filters (RecognitionOutFilters): The filters the chart was computed with.
        chart (str): The control chart read.
        rule (str): The rule that found the change.
        rule_name (str): The rule in a few words.
        meaning (str): What a signal by this rule means, and its source.
        centre (float | None): The chart's centre line.
        first_period (datetime.date): First day of the signal's first period.
        last_period (datetime.date): First day of the signal's last period.
        points (list[EvidencePointOut]): The points of the signal, in order.
        chart_url (str): The unit's chart, where the signal is marked.
    """

    metric_id: str
    title: str
    better: str
    level: str
    unit_id: str
    filters: RecognitionOutFilters
    chart: str
    rule: str
    rule_name: str
    meaning: str
    centre: float | None
    first_period: datetime.date
    last_period: datetime.date
    points: list[EvidencePointOut]
    chart_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        title = self.title

        better = self.better

        level = self.level

        unit_id = self.unit_id

        filters = self.filters.to_dict()

        chart = self.chart

        rule = self.rule

        rule_name = self.rule_name

        meaning = self.meaning

        centre: float | None
        centre = self.centre

        first_period = self.first_period.isoformat()

        last_period = self.last_period.isoformat()

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        chart_url = self.chart_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "title": title,
                "better": better,
                "level": level,
                "unit_id": unit_id,
                "filters": filters,
                "chart": chart,
                "rule": rule,
                "rule_name": rule_name,
                "meaning": meaning,
                "centre": centre,
                "first_period": first_period,
                "last_period": last_period,
                "points": points,
                "chart_url": chart_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_point_out import EvidencePointOut  # noqa: PLC0415
        from ..models.recognition_out_filters import RecognitionOutFilters  # noqa: PLC0415

        d = dict(src_dict)
        metric_id = d.pop("metric_id")

        title = d.pop("title")

        better = d.pop("better")

        level = d.pop("level")

        unit_id = d.pop("unit_id")

        filters = RecognitionOutFilters.from_dict(d.pop("filters"))

        chart = d.pop("chart")

        rule = d.pop("rule")

        rule_name = d.pop("rule_name")

        meaning = d.pop("meaning")

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
            points_item = EvidencePointOut.from_dict(points_item_data)

            points.append(points_item)

        chart_url = d.pop("chart_url")

        recognition_out = cls(
            metric_id=metric_id,
            title=title,
            better=better,
            level=level,
            unit_id=unit_id,
            filters=filters,
            chart=chart,
            rule=rule,
            rule_name=rule_name,
            meaning=meaning,
            centre=centre,
            first_period=first_period,
            last_period=last_period,
            points=points,
            chart_url=chart_url,
        )

        recognition_out.additional_properties = d
        return recognition_out

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

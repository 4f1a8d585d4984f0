from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AimOut")


@_attrs_define
class AimOut:
    """The aim as stored; `baseline` is null for another organization's project.

    Attributes:
        metric_id (str): The metric.
        level (str): Level of the unit.
        unit_id (None | str): The unit's id; null for another organization's project (it may name a clinician).
        period (str): Period length of its chart.
        baseline (float | None): Where the metric stood at the start.
        target (float | None): The value aimed for.
        by_when (datetime.date | None): When.
    """

    metric_id: str
    level: str
    unit_id: None | str
    period: str
    baseline: float | None
    target: float | None
    by_when: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        level = self.level

        unit_id: None | str
        unit_id = self.unit_id

        period = self.period

        baseline: float | None
        baseline = self.baseline

        target: float | None
        target = self.target

        by_when: None | str
        if isinstance(self.by_when, datetime.date):
            by_when = self.by_when.isoformat()
        else:
            by_when = self.by_when

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "level": level,
                "unit_id": unit_id,
                "period": period,
                "baseline": baseline,
                "target": target,
                "by_when": by_when,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_id = d.pop("metric_id")

        level = d.pop("level")

        def _parse_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        period = d.pop("period")

        def _parse_baseline(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        baseline = _parse_baseline(d.pop("baseline"))

        def _parse_target(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        target = _parse_target(d.pop("target"))

        def _parse_by_when(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                by_when_type_0 = datetime.date.fromisoformat(data)

                return by_when_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        by_when = _parse_by_when(d.pop("by_when"))

        aim_out = cls(
            metric_id=metric_id,
            level=level,
            unit_id=unit_id,
            period=period,
            baseline=baseline,
            target=target,
            by_when=by_when,
        )

        aim_out.additional_properties = d
        return aim_out

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

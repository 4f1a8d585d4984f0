from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.aim_in_level import AimInLevel
from ..models.aim_in_metric_id import AimInMetricId
from ..models.aim_in_period import AimInPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AimIn")


@_attrs_define
class AimIn:
    """What the project aims at: a metric at one of your units, how much, by when.

    Attributes:
        metric_id (AimInMetricId): The metric the aim is measured by.
        level (AimInLevel): Level of the unit (clinician, team, site, org).
        unit_id (None | str | Unset): The unit's id; omit at the org level (your own organization).
        period (AimInPeriod | Unset): Period length of its chart. Default: AimInPeriod.MONTH.
        baseline (float | None | Unset): Where the metric stood when the project began, on its own scale; shown to your
            organization only.
        target (float | None | Unset): The value aimed for.
        by_when (datetime.date | None | Unset): The day the target should be reached.
    """

    metric_id: AimInMetricId
    level: AimInLevel
    unit_id: None | str | Unset = UNSET
    period: AimInPeriod | Unset = AimInPeriod.MONTH
    baseline: float | None | Unset = UNSET
    target: float | None | Unset = UNSET
    by_when: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id.value

        level = self.level.value

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        baseline: float | None | Unset
        if isinstance(self.baseline, Unset):
            baseline = UNSET
        else:
            baseline = self.baseline

        target: float | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        by_when: None | str | Unset
        if isinstance(self.by_when, Unset):
            by_when = UNSET
        elif isinstance(self.by_when, datetime.date):
            by_when = self.by_when.isoformat()
        else:
            by_when = self.by_when

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metric_id": metric_id,
                "level": level,
            }
        )
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if period is not UNSET:
            field_dict["period"] = period
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if target is not UNSET:
            field_dict["target"] = target
        if by_when is not UNSET:
            field_dict["by_when"] = by_when

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_id = AimInMetricId(d.pop("metric_id"))

        level = AimInLevel(d.pop("level"))

        def _parse_unit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        _period = d.pop("period", UNSET)
        period: AimInPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = AimInPeriod(_period)

        def _parse_baseline(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        baseline = _parse_baseline(d.pop("baseline", UNSET))

        def _parse_target(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_by_when(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                by_when_type_0 = datetime.date.fromisoformat(data)

                return by_when_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        by_when = _parse_by_when(d.pop("by_when", UNSET))

        aim_in = cls(
            metric_id=metric_id,
            level=level,
            unit_id=unit_id,
            period=period,
            baseline=baseline,
            target=target,
            by_when=by_when,
        )

        return aim_in

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.effect_point_out import EffectPointOut
    from ..models.interval_out import IntervalOut


T = TypeVar("T", bound="EffectOut")


@_attrs_define
class EffectOut:
    """Segmented regression of the metric's series around the change (Wagner, Soumerai, Zhang
    & Ross-Degnan 2002): y = b0 + b1 t + b2 post + b3 (t - t0) post, t in periods, t0 the
    period holding the start date.

        Attributes:
            intervention_id (str): The intervention.
            metric_id (str): The metric.
            first_period_after (datetime.date): First day of the period holding the start date, where the effect starts:
                time since the change is 0 there and the level change is estimated there, also when that period is suppressed or
                is the transition period.
            transition_period (datetime.date | None): First day of the transition period, when the start date falls inside a
                period (not on its first day): that period is partly before and partly after the change and is left out of the
                fit. Null when the change starts on a period boundary, whose period then counts as the first one after the
                change.
            points_before (int): Points before the change used.
            points_after (int): Points after the change used (the transition period not counted).
            level_change (IntervalOut | None): Immediate change in level at the change (b2), with its 95% interval; null
                when the series is too short.
            slope_change (IntervalOut | None): Change in slope per period (b3), with its 95% interval.
            pre_slope (IntervalOut | None): Slope per period before the change (b1).
            post_slope (float | None): Slope per period after the change (b1 + b3).
            baseline_level (IntervalOut | None): Level at the first period (b0).
            counterfactual_last (float | None): The last period's value had the pre-change trend continued.
            fitted_last (float | None): The model's value at the last period.
            descriptive_only (bool): Fewer than 8 points on a side: read the estimate as descriptive only.
            points (list[EffectPointOut]): The series, every period.
            warnings (list[str]): What limits the estimate.
    """

    intervention_id: str
    metric_id: str
    first_period_after: datetime.date
    transition_period: datetime.date | None
    points_before: int
    points_after: int
    level_change: IntervalOut | None
    slope_change: IntervalOut | None
    pre_slope: IntervalOut | None
    post_slope: float | None
    baseline_level: IntervalOut | None
    counterfactual_last: float | None
    fitted_last: float | None
    descriptive_only: bool
    points: list[EffectPointOut]
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.interval_out import IntervalOut  # noqa: PLC0415

        intervention_id = self.intervention_id

        metric_id = self.metric_id

        first_period_after = self.first_period_after.isoformat()

        transition_period: None | str
        if isinstance(self.transition_period, datetime.date):
            transition_period = self.transition_period.isoformat()
        else:
            transition_period = self.transition_period

        points_before = self.points_before

        points_after = self.points_after

        level_change: dict[str, Any] | None
        if isinstance(self.level_change, IntervalOut):
            level_change = self.level_change.to_dict()
        else:
            level_change = self.level_change

        slope_change: dict[str, Any] | None
        if isinstance(self.slope_change, IntervalOut):
            slope_change = self.slope_change.to_dict()
        else:
            slope_change = self.slope_change

        pre_slope: dict[str, Any] | None
        if isinstance(self.pre_slope, IntervalOut):
            pre_slope = self.pre_slope.to_dict()
        else:
            pre_slope = self.pre_slope

        post_slope: float | None
        post_slope = self.post_slope

        baseline_level: dict[str, Any] | None
        if isinstance(self.baseline_level, IntervalOut):
            baseline_level = self.baseline_level.to_dict()
        else:
            baseline_level = self.baseline_level

        counterfactual_last: float | None
        counterfactual_last = self.counterfactual_last

        fitted_last: float | None
        fitted_last = self.fitted_last

        descriptive_only = self.descriptive_only

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intervention_id": intervention_id,
                "metric_id": metric_id,
                "first_period_after": first_period_after,
                "transition_period": transition_period,
                "points_before": points_before,
                "points_after": points_after,
                "level_change": level_change,
                "slope_change": slope_change,
                "pre_slope": pre_slope,
                "post_slope": post_slope,
                "baseline_level": baseline_level,
                "counterfactual_last": counterfactual_last,
                "fitted_last": fitted_last,
                "descriptive_only": descriptive_only,
                "points": points,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.effect_point_out import EffectPointOut  # noqa: PLC0415
        from ..models.interval_out import IntervalOut  # noqa: PLC0415

        d = dict(src_dict)
        intervention_id = d.pop("intervention_id")

        metric_id = d.pop("metric_id")

        first_period_after = datetime.date.fromisoformat(d.pop("first_period_after"))

        def _parse_transition_period(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transition_period_type_0 = datetime.date.fromisoformat(data)

                return transition_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        transition_period = _parse_transition_period(d.pop("transition_period"))

        points_before = d.pop("points_before")

        points_after = d.pop("points_after")

        def _parse_level_change(data: object) -> IntervalOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                level_change_type_0 = IntervalOut.from_dict(data)

                return level_change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntervalOut | None, data)

        level_change = _parse_level_change(d.pop("level_change"))

        def _parse_slope_change(data: object) -> IntervalOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slope_change_type_0 = IntervalOut.from_dict(data)

                return slope_change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntervalOut | None, data)

        slope_change = _parse_slope_change(d.pop("slope_change"))

        def _parse_pre_slope(data: object) -> IntervalOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pre_slope_type_0 = IntervalOut.from_dict(data)

                return pre_slope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntervalOut | None, data)

        pre_slope = _parse_pre_slope(d.pop("pre_slope"))

        def _parse_post_slope(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        post_slope = _parse_post_slope(d.pop("post_slope"))

        def _parse_baseline_level(data: object) -> IntervalOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                baseline_level_type_0 = IntervalOut.from_dict(data)

                return baseline_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntervalOut | None, data)

        baseline_level = _parse_baseline_level(d.pop("baseline_level"))

        def _parse_counterfactual_last(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        counterfactual_last = _parse_counterfactual_last(d.pop("counterfactual_last"))

        def _parse_fitted_last(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        fitted_last = _parse_fitted_last(d.pop("fitted_last"))

        descriptive_only = d.pop("descriptive_only")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = EffectPointOut.from_dict(points_item_data)

            points.append(points_item)

        warnings = cast(list[str], d.pop("warnings"))

        effect_out = cls(
            intervention_id=intervention_id,
            metric_id=metric_id,
            first_period_after=first_period_after,
            transition_period=transition_period,
            points_before=points_before,
            points_after=points_after,
            level_change=level_change,
            slope_change=slope_change,
            pre_slope=pre_slope,
            post_slope=post_slope,
            baseline_level=baseline_level,
            counterfactual_last=counterfactual_last,
            fitted_last=fitted_last,
            descriptive_only=descriptive_only,
            points=points,
            warnings=warnings,
        )

        effect_out.additional_properties = d
        return effect_out

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart_out_filters import ChartOutFilters
    from ..models.chart_point_out import ChartPointOut
    from ..models.control_chart_out import ControlChartOut
    from ..models.intervention_mark_out import InterventionMarkOut
    from ..models.rule_set_out import RuleSetOut
    from ..models.run_chart_out import RunChartOut


T = TypeVar("T", bound="ChartOut")


@_attrs_define
class ChartOut:
    """A metric's series for one unit as a run chart and a Shewhart chart.

    Attributes:
        metric_id (str): The metric.
        title (str): The metric's title.
        measure_unit (str): What the value is measured in.
        better (str): `higher` or `lower` is better.
        level (str): The unit's level.
        unit_id (str): The unit.
        period (str): Period length.
        filters (ChartOutFilters): Filters applied (defaults included).
        chart (str): The chart drawn: `run`, `p`, `pp`, `u` or `xmr`.
        chart_reason (str): `requested`, `definition` (the metric's own chart) or `data` (p or Laney p' chosen from the
            denominators).
        threshold (int): Smallest n a published value rests on.
        rules (RuleSetOut): The named rule set the signals come from (the `rules` parameter).
        points (list[ChartPointOut]): Every period of the range, in order.
        run_chart (None | RunChartOut): Null when nothing can be plotted.
        control_chart (ControlChartOut | None): Null when a run chart was asked for or the data cannot support limits.
        interventions (list[InterventionMarkOut]): The unit's interventions on this metric within the range.
        warnings (list[str]): What to keep in mind reading the chart.
        effective_from (datetime.date | None | Unset): First day the chart covers: `from` snapped back to the start of
            its period.
        effective_to (datetime.date | None | Unset): Last day the chart covers: `to` snapped on to the end of its
            period.
    """

    metric_id: str
    title: str
    measure_unit: str
    better: str
    level: str
    unit_id: str
    period: str
    filters: ChartOutFilters
    chart: str
    chart_reason: str
    threshold: int
    rules: RuleSetOut
    points: list[ChartPointOut]
    run_chart: None | RunChartOut
    control_chart: ControlChartOut | None
    interventions: list[InterventionMarkOut]
    warnings: list[str]
    effective_from: datetime.date | None | Unset = UNSET
    effective_to: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_chart_out import ControlChartOut  # noqa: PLC0415
        from ..models.run_chart_out import RunChartOut  # noqa: PLC0415

        metric_id = self.metric_id

        title = self.title

        measure_unit = self.measure_unit

        better = self.better

        level = self.level

        unit_id = self.unit_id

        period = self.period

        filters = self.filters.to_dict()

        chart = self.chart

        chart_reason = self.chart_reason

        threshold = self.threshold

        rules = self.rules.to_dict()

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        run_chart: dict[str, Any] | None
        if isinstance(self.run_chart, RunChartOut):
            run_chart = self.run_chart.to_dict()
        else:
            run_chart = self.run_chart

        control_chart: dict[str, Any] | None
        if isinstance(self.control_chart, ControlChartOut):
            control_chart = self.control_chart.to_dict()
        else:
            control_chart = self.control_chart

        interventions = []
        for interventions_item_data in self.interventions:
            interventions_item = interventions_item_data.to_dict()
            interventions.append(interventions_item)

        warnings = self.warnings

        effective_from: None | str | Unset
        if isinstance(self.effective_from, Unset):
            effective_from = UNSET
        elif isinstance(self.effective_from, datetime.date):
            effective_from = self.effective_from.isoformat()
        else:
            effective_from = self.effective_from

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        elif isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "title": title,
                "measure_unit": measure_unit,
                "better": better,
                "level": level,
                "unit_id": unit_id,
                "period": period,
                "filters": filters,
                "chart": chart,
                "chart_reason": chart_reason,
                "threshold": threshold,
                "rules": rules,
                "points": points,
                "run_chart": run_chart,
                "control_chart": control_chart,
                "interventions": interventions,
                "warnings": warnings,
            }
        )
        if effective_from is not UNSET:
            field_dict["effective_from"] = effective_from
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_out_filters import ChartOutFilters  # noqa: PLC0415
        from ..models.chart_point_out import ChartPointOut  # noqa: PLC0415
        from ..models.control_chart_out import ControlChartOut  # noqa: PLC0415
        from ..models.intervention_mark_out import InterventionMarkOut  # noqa: PLC0415
        from ..models.rule_set_out import RuleSetOut  # noqa: PLC0415
        from ..models.run_chart_out import RunChartOut  # noqa: PLC0415

        d = dict(src_dict)
        metric_id = d.pop("metric_id")

        title = d.pop("title")

        measure_unit = d.pop("measure_unit")

        better = d.pop("better")

        level = d.pop("level")

        unit_id = d.pop("unit_id")

        period = d.pop("period")

        filters = ChartOutFilters.from_dict(d.pop("filters"))

        chart = d.pop("chart")

        chart_reason = d.pop("chart_reason")

        threshold = d.pop("threshold")

        rules = RuleSetOut.from_dict(d.pop("rules"))

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = ChartPointOut.from_dict(points_item_data)

            points.append(points_item)

        def _parse_run_chart(data: object) -> None | RunChartOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_chart_type_0 = RunChartOut.from_dict(data)

                return run_chart_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunChartOut, data)

        run_chart = _parse_run_chart(d.pop("run_chart"))

        def _parse_control_chart(data: object) -> ControlChartOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                control_chart_type_0 = ControlChartOut.from_dict(data)

                return control_chart_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlChartOut | None, data)

        control_chart = _parse_control_chart(d.pop("control_chart"))

        interventions = []
        _interventions = d.pop("interventions")
        for interventions_item_data in _interventions:
            interventions_item = InterventionMarkOut.from_dict(interventions_item_data)

            interventions.append(interventions_item)

        warnings = cast(list[str], d.pop("warnings"))

        def _parse_effective_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_from_type_0 = datetime.date.fromisoformat(data)

                return effective_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_from = _parse_effective_from(d.pop("effective_from", UNSET))

        def _parse_effective_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_to = _parse_effective_to(d.pop("effective_to", UNSET))

        chart_out = cls(
            metric_id=metric_id,
            title=title,
            measure_unit=measure_unit,
            better=better,
            level=level,
            unit_id=unit_id,
            period=period,
            filters=filters,
            chart=chart,
            chart_reason=chart_reason,
            threshold=threshold,
            rules=rules,
            points=points,
            run_chart=run_chart,
            control_chart=control_chart,
            interventions=interventions,
            warnings=warnings,
            effective_from=effective_from,
            effective_to=effective_to,
        )

        chart_out.additional_properties = d
        return chart_out

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

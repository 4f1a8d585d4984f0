from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.latest_out import LatestOut
    from ..models.overview_item_out_filters import OverviewItemOutFilters
    from ..models.target_out import TargetOut


T = TypeVar("T", bound="OverviewItemOut")


@_attrs_define
class OverviewItemOut:
    """One metric for the unit: its latest value, variation and assurance icons, the link.

    Attributes:
        metric_id (str): The metric.
        title (str): The metric's title.
        domain (str): The catalog domain it belongs to.
        measure_unit (str): What the value is measured in.
        better (str): `higher` or `lower` is better.
        filters (OverviewItemOutFilters): The filters it was computed with (defaults included; a feedback metric appears
            once per form).
        chart (None | str): The control chart read: `p`, `pp`, `u` or `xmr` (null: no data).
        latest (LatestOut | None): The latest value; null when no period has facts.
        variation (None | str): The variation icon: `common_cause` (no special-cause rule marks the latest point),
            `special_cause_improving` (a signal at the latest point in the better direction), `special_cause_concerning` (in
            the worse direction), `special_cause_neither` (a signal without a direction, or a metric without a better one);
            null when the data cannot support control limits.
        judged_period (None | str): Label of the point the icons read: the latest plotted (published) one, earlier than
            `latest` when that is suppressed.
        signals (list[str]): The rules marking the judged point (empty for common cause).
        centre (float | None): Centre line at the judged point.
        lower (float | None): Lower process limit there.
        upper (float | None): Upper process limit there.
        target (None | TargetOut): The target that applies to the unit, if any.
        assurance (None | str): The assurance icon: `consistently_meets` (the target lies outside the process limits on
            the bad side: every value the process produces meets it), `consistently_fails` (outside on the good side),
            `may_hit_or_miss` (within the limits); null without a target or limits.
        chart_url (str): The chart this summarises (`GET /v1/metrics/{id}/chart`, same parameters).
        warnings (list[str]): The chart's warnings (trial limits, suppression).
    """

    metric_id: str
    title: str
    domain: str
    measure_unit: str
    better: str
    filters: OverviewItemOutFilters
    chart: None | str
    latest: LatestOut | None
    variation: None | str
    judged_period: None | str
    signals: list[str]
    centre: float | None
    lower: float | None
    upper: float | None
    target: None | TargetOut
    assurance: None | str
    chart_url: str
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.latest_out import LatestOut  # noqa: PLC0415
        from ..models.target_out import TargetOut  # noqa: PLC0415

        metric_id = self.metric_id

        title = self.title

        domain = self.domain

        measure_unit = self.measure_unit

        better = self.better

        filters = self.filters.to_dict()

        chart: None | str
        chart = self.chart

        latest: dict[str, Any] | None
        if isinstance(self.latest, LatestOut):
            latest = self.latest.to_dict()
        else:
            latest = self.latest

        variation: None | str
        variation = self.variation

        judged_period: None | str
        judged_period = self.judged_period

        signals = self.signals

        centre: float | None
        centre = self.centre

        lower: float | None
        lower = self.lower

        upper: float | None
        upper = self.upper

        target: dict[str, Any] | None
        if isinstance(self.target, TargetOut):
            target = self.target.to_dict()
        else:
            target = self.target

        assurance: None | str
        assurance = self.assurance

        chart_url = self.chart_url

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "title": title,
                "domain": domain,
                "measure_unit": measure_unit,
                "better": better,
                "filters": filters,
                "chart": chart,
                "latest": latest,
                "variation": variation,
                "judged_period": judged_period,
                "signals": signals,
                "centre": centre,
                "lower": lower,
                "upper": upper,
                "target": target,
                "assurance": assurance,
                "chart_url": chart_url,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.latest_out import LatestOut  # noqa: PLC0415
        from ..models.overview_item_out_filters import OverviewItemOutFilters  # noqa: PLC0415
        from ..models.target_out import TargetOut  # noqa: PLC0415

        d = dict(src_dict)
        metric_id = d.pop("metric_id")

        title = d.pop("title")

        domain = d.pop("domain")

        measure_unit = d.pop("measure_unit")

        better = d.pop("better")

        filters = OverviewItemOutFilters.from_dict(d.pop("filters"))

        def _parse_chart(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        chart = _parse_chart(d.pop("chart"))

        def _parse_latest(data: object) -> LatestOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_type_0 = LatestOut.from_dict(data)

                return latest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatestOut | None, data)

        latest = _parse_latest(d.pop("latest"))

        def _parse_variation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        variation = _parse_variation(d.pop("variation"))

        def _parse_judged_period(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        judged_period = _parse_judged_period(d.pop("judged_period"))

        signals = cast(list[str], d.pop("signals"))

        def _parse_centre(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        centre = _parse_centre(d.pop("centre"))

        def _parse_lower(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        lower = _parse_lower(d.pop("lower"))

        def _parse_upper(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        upper = _parse_upper(d.pop("upper"))

        def _parse_target(data: object) -> None | TargetOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_0 = TargetOut.from_dict(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TargetOut, data)

        target = _parse_target(d.pop("target"))

        def _parse_assurance(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assurance = _parse_assurance(d.pop("assurance"))

        chart_url = d.pop("chart_url")

        warnings = cast(list[str], d.pop("warnings"))

        overview_item_out = cls(
            metric_id=metric_id,
            title=title,
            domain=domain,
            measure_unit=measure_unit,
            better=better,
            filters=filters,
            chart=chart,
            latest=latest,
            variation=variation,
            judged_period=judged_period,
            signals=signals,
            centre=centre,
            lower=lower,
            upper=upper,
            target=target,
            assurance=assurance,
            chart_url=chart_url,
            warnings=warnings,
        )

        overview_item_out.additional_properties = d
        return overview_item_out

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_definition_out_better import MetricDefinitionOutBetter
from ..models.metric_definition_out_chart import MetricDefinitionOutChart
from ..models.metric_definition_out_chart_types_item import MetricDefinitionOutChartTypesItem
from ..models.metric_definition_out_domain import MetricDefinitionOutDomain
from ..models.metric_definition_out_equity_dimensions_item import MetricDefinitionOutEquityDimensionsItem
from ..models.metric_definition_out_fact import MetricDefinitionOutFact
from ..models.metric_definition_out_filters_item import MetricDefinitionOutFiltersItem
from ..models.metric_definition_out_kind import MetricDefinitionOutKind
from ..models.metric_definition_out_levels_item import MetricDefinitionOutLevelsItem
from ..models.metric_definition_out_required_filters_item import MetricDefinitionOutRequiredFiltersItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_definition_out_default_filters import MetricDefinitionOutDefaultFilters


T = TypeVar("T", bound="MetricDefinitionOut")


@_attrs_define
class MetricDefinitionOut:
    """One catalog metric: what it counts and how it may be queried.

    Attributes:
        metric_id (str): Stable id used in every metric path.
        title (str): Display name.
        domain (MetricDefinitionOutDomain): The area of care the metric belongs to.
        description (str): What the metric means, in a sentence or two.
        numerator (str): What the numerator counts (for medians: what is summarised).
        denominator (str): What the denominator counts.
        kind (MetricDefinitionOutKind): `proportion` (a share, 0..1), `rate` (per unit of exposure) or `continuous` (a
            median or mean).
        unit (str): What the value is measured in.
        better (MetricDefinitionOutBetter): Which direction is improvement.
        chart (MetricDefinitionOutChart): The control chart that fits: `auto` lets the data choose p or Laney p'.
        chart_types (list[MetricDefinitionOutChartTypesItem]): Shewhart charts it can be drawn on (a run chart always
            can).
        fact (MetricDefinitionOutFact): The fact the metric is computed from (a rate's numerator, for a rate whose
            denominator another fact gives).
        levels (list[MetricDefinitionOutLevelsItem]): Levels it is defined at.
        filters (list[MetricDefinitionOutFiltersItem]): Query filters it accepts.
        required_filters (list[MetricDefinitionOutRequiredFiltersItem]): Filters that must be given.
        default_filters (MetricDefinitionOutDefaultFilters): Filters applied when not given.
        anonymous (bool): Facts carry no patient: `n` counts respondents; no equity breakdown.
        equity_dimensions (list[MetricDefinitionOutEquityDimensionsItem]): Dimensions an equity breakdown may use (none
            for anonymous metrics).
        per (int): A rate's value is numerator / denominator times this (1000: per 1,000 kept sessions); 1 for
            everything else.
        exclusions (None | str | Unset): What is left out of numerator and denominator, where those do not say.
        source (None | str | Unset): The published measure, standard or study the definition follows.
    """

    metric_id: str
    title: str
    domain: MetricDefinitionOutDomain
    description: str
    numerator: str
    denominator: str
    kind: MetricDefinitionOutKind
    unit: str
    better: MetricDefinitionOutBetter
    chart: MetricDefinitionOutChart
    chart_types: list[MetricDefinitionOutChartTypesItem]
    fact: MetricDefinitionOutFact
    levels: list[MetricDefinitionOutLevelsItem]
    filters: list[MetricDefinitionOutFiltersItem]
    required_filters: list[MetricDefinitionOutRequiredFiltersItem]
    default_filters: MetricDefinitionOutDefaultFilters
    anonymous: bool
    equity_dimensions: list[MetricDefinitionOutEquityDimensionsItem]
    per: int
    exclusions: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        title = self.title

        domain = self.domain.value

        description = self.description

        numerator = self.numerator

        denominator = self.denominator

        kind = self.kind.value

        unit = self.unit

        better = self.better.value

        chart = self.chart.value

        chart_types = []
        for chart_types_item_data in self.chart_types:
            chart_types_item = chart_types_item_data.value
            chart_types.append(chart_types_item)

        fact = self.fact.value

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.value
            levels.append(levels_item)

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.value
            filters.append(filters_item)

        required_filters = []
        for required_filters_item_data in self.required_filters:
            required_filters_item = required_filters_item_data.value
            required_filters.append(required_filters_item)

        default_filters = self.default_filters.to_dict()

        anonymous = self.anonymous

        equity_dimensions = []
        for equity_dimensions_item_data in self.equity_dimensions:
            equity_dimensions_item = equity_dimensions_item_data.value
            equity_dimensions.append(equity_dimensions_item)

        per = self.per

        exclusions: None | str | Unset
        if isinstance(self.exclusions, Unset):
            exclusions = UNSET
        else:
            exclusions = self.exclusions

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "title": title,
                "domain": domain,
                "description": description,
                "numerator": numerator,
                "denominator": denominator,
                "kind": kind,
                "unit": unit,
                "better": better,
                "chart": chart,
                "chart_types": chart_types,
                "fact": fact,
                "levels": levels,
                "filters": filters,
                "required_filters": required_filters,
                "default_filters": default_filters,
                "anonymous": anonymous,
                "equity_dimensions": equity_dimensions,
                "per": per,
            }
        )
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metric_definition_out_default_filters import MetricDefinitionOutDefaultFilters  # noqa: PLC0415

        d = dict(src_dict)
        metric_id = d.pop("metric_id")

        title = d.pop("title")

        domain = MetricDefinitionOutDomain(d.pop("domain"))

        description = d.pop("description")

        numerator = d.pop("numerator")

        denominator = d.pop("denominator")

        kind = MetricDefinitionOutKind(d.pop("kind"))

        unit = d.pop("unit")

        better = MetricDefinitionOutBetter(d.pop("better"))

        chart = MetricDefinitionOutChart(d.pop("chart"))

        chart_types = []
        _chart_types = d.pop("chart_types")
        for chart_types_item_data in _chart_types:
            chart_types_item = MetricDefinitionOutChartTypesItem(chart_types_item_data)

            chart_types.append(chart_types_item)

        fact = MetricDefinitionOutFact(d.pop("fact"))

        levels = []
        _levels = d.pop("levels")
        for levels_item_data in _levels:
            levels_item = MetricDefinitionOutLevelsItem(levels_item_data)

            levels.append(levels_item)

        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = MetricDefinitionOutFiltersItem(filters_item_data)

            filters.append(filters_item)

        required_filters = []
        _required_filters = d.pop("required_filters")
        for required_filters_item_data in _required_filters:
            required_filters_item = MetricDefinitionOutRequiredFiltersItem(required_filters_item_data)

            required_filters.append(required_filters_item)

        default_filters = MetricDefinitionOutDefaultFilters.from_dict(d.pop("default_filters"))

        anonymous = d.pop("anonymous")

        equity_dimensions = []
        _equity_dimensions = d.pop("equity_dimensions")
        for equity_dimensions_item_data in _equity_dimensions:
            equity_dimensions_item = MetricDefinitionOutEquityDimensionsItem(equity_dimensions_item_data)

            equity_dimensions.append(equity_dimensions_item)

        per = d.pop("per")

        def _parse_exclusions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exclusions = _parse_exclusions(d.pop("exclusions", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        metric_definition_out = cls(
            metric_id=metric_id,
            title=title,
            domain=domain,
            description=description,
            numerator=numerator,
            denominator=denominator,
            kind=kind,
            unit=unit,
            better=better,
            chart=chart,
            chart_types=chart_types,
            fact=fact,
            levels=levels,
            filters=filters,
            required_filters=required_filters,
            default_filters=default_filters,
            anonymous=anonymous,
            equity_dimensions=equity_dimensions,
            per=per,
            exclusions=exclusions,
            source=source,
        )

        metric_definition_out.additional_properties = d
        return metric_definition_out

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

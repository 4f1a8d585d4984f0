from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chart_signal_out import ChartSignalOut


T = TypeVar("T", bound="RunChartOut")


@_attrs_define
class RunChartOut:
    """The run chart: the median and the run-chart rules of the chosen rule set.

    Attributes:
        median (float | None): The centre line.
        frozen (bool): The median comes from the baseline periods only.
        useful_points (int): Plotted points not on the median (n in the runs rules).
        runs (int): Number of runs about the median.
        crossings (int): Times the line joining the points crosses the median (runs - 1).
        longest_run (int): Longest run on one side of the median.
        longest_run_max (int | None): Anhøj rules: a longest run above this signals, round(log2(n)) + 3 (null under
            other rule sets).
        crossings_min (int | None): Anhøj rules: fewer crossings than this signals, the 5th percentile of Binomial(n -
            1, 1/2) (null under other rule sets).
        runs_low (int | None): IHI rules: fewer runs than this signals (null under other rule sets, or outside 10 to 60
            useful points).
        runs_high (int | None): IHI rules: more runs than this signals (null as for `runs_low`).
        signals (list[ChartSignalOut]): Run-chart signals found.
    """

    median: float | None
    frozen: bool
    useful_points: int
    runs: int
    crossings: int
    longest_run: int
    longest_run_max: int | None
    crossings_min: int | None
    runs_low: int | None
    runs_high: int | None
    signals: list[ChartSignalOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        median: float | None
        median = self.median

        frozen = self.frozen

        useful_points = self.useful_points

        runs = self.runs

        crossings = self.crossings

        longest_run = self.longest_run

        longest_run_max: int | None
        longest_run_max = self.longest_run_max

        crossings_min: int | None
        crossings_min = self.crossings_min

        runs_low: int | None
        runs_low = self.runs_low

        runs_high: int | None
        runs_high = self.runs_high

        signals = []
        for signals_item_data in self.signals:
            signals_item = signals_item_data.to_dict()
            signals.append(signals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "median": median,
                "frozen": frozen,
                "useful_points": useful_points,
                "runs": runs,
                "crossings": crossings,
                "longest_run": longest_run,
                "longest_run_max": longest_run_max,
                "crossings_min": crossings_min,
                "runs_low": runs_low,
                "runs_high": runs_high,
                "signals": signals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_signal_out import ChartSignalOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_median(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median = _parse_median(d.pop("median"))

        frozen = d.pop("frozen")

        useful_points = d.pop("useful_points")

        runs = d.pop("runs")

        crossings = d.pop("crossings")

        longest_run = d.pop("longest_run")

        def _parse_longest_run_max(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        longest_run_max = _parse_longest_run_max(d.pop("longest_run_max"))

        def _parse_crossings_min(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        crossings_min = _parse_crossings_min(d.pop("crossings_min"))

        def _parse_runs_low(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        runs_low = _parse_runs_low(d.pop("runs_low"))

        def _parse_runs_high(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        runs_high = _parse_runs_high(d.pop("runs_high"))

        signals = []
        _signals = d.pop("signals")
        for signals_item_data in _signals:
            signals_item = ChartSignalOut.from_dict(signals_item_data)

            signals.append(signals_item)

        run_chart_out = cls(
            median=median,
            frozen=frozen,
            useful_points=useful_points,
            runs=runs,
            crossings=crossings,
            longest_run=longest_run,
            longest_run_max=longest_run_max,
            crossings_min=crossings_min,
            runs_low=runs_low,
            runs_high=runs_high,
            signals=signals,
        )

        run_chart_out.additional_properties = d
        return run_chart_out

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chart_signal_out import ChartSignalOut


T = TypeVar("T", bound="ControlChartOut")


@_attrs_define
class ControlChartOut:
    """The Shewhart chart (p, Laney p', u or XmR) and its special-cause signals.

    Attributes:
        type_ (str): `p`, `pp` (Laney p'), `u` or `xmr`.
        centre (float | None): Centre line (p-bar, u-bar or the mean).
        frozen (bool): Centre and sigma come from the baseline only.
        baseline_periods (list[str]): Labels of the periods the centre line and sigma were computed from.
        sigma_z (float | None): Laney's between-period inflation (p' only).
        mr_bar (float | None): Mean moving range (XmR only).
        mr_upper (float | None): Upper limit of the moving ranges (XmR only).
        signals (list[ChartSignalOut]): Control-chart signals found, by the chosen rule set.
    """

    type_: str
    centre: float | None
    frozen: bool
    baseline_periods: list[str]
    sigma_z: float | None
    mr_bar: float | None
    mr_upper: float | None
    signals: list[ChartSignalOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        centre: float | None
        centre = self.centre

        frozen = self.frozen

        baseline_periods = self.baseline_periods

        sigma_z: float | None
        sigma_z = self.sigma_z

        mr_bar: float | None
        mr_bar = self.mr_bar

        mr_upper: float | None
        mr_upper = self.mr_upper

        signals = []
        for signals_item_data in self.signals:
            signals_item = signals_item_data.to_dict()
            signals.append(signals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "centre": centre,
                "frozen": frozen,
                "baseline_periods": baseline_periods,
                "sigma_z": sigma_z,
                "mr_bar": mr_bar,
                "mr_upper": mr_upper,
                "signals": signals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart_signal_out import ChartSignalOut  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_centre(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        centre = _parse_centre(d.pop("centre"))

        frozen = d.pop("frozen")

        baseline_periods = cast(list[str], d.pop("baseline_periods"))

        def _parse_sigma_z(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sigma_z = _parse_sigma_z(d.pop("sigma_z"))

        def _parse_mr_bar(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mr_bar = _parse_mr_bar(d.pop("mr_bar"))

        def _parse_mr_upper(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mr_upper = _parse_mr_upper(d.pop("mr_upper"))

        signals = []
        _signals = d.pop("signals")
        for signals_item_data in _signals:
            signals_item = ChartSignalOut.from_dict(signals_item_data)

            signals.append(signals_item)

        control_chart_out = cls(
            type_=type_,
            centre=centre,
            frozen=frozen,
            baseline_periods=baseline_periods,
            sigma_z=sigma_z,
            mr_bar=mr_bar,
            mr_upper=mr_upper,
            signals=signals,
        )

        control_chart_out.additional_properties = d
        return control_chart_out

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

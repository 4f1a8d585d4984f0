from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChartPointOut")


@_attrs_define
class ChartPointOut:
    """One period of the series with the limits that apply to it.

    Attributes:
        period (datetime.date): First day of the period.
        label (str): The period as a label.
        value (float | None): The plotted value (a share or rate from the rounded counts beside it); null when not
            plotted.
        numerator (float | None): Count behind the value, rounded to `rounded_to` (null: suppressed).
        denominator (float | None): Denominator, rounded to `rounded_to` (null: suppressed).
        n (int | None): Distinct patients the value rests on, rounded.
        suppressed (bool): Hidden for privacy: kept on the axis, not plotted.
        skipped (None | str): Why the point is not plotted: `suppressed`, `zero_denominator`, `missing` (no facts in the
            period).
        median (float | None): Run chart centre line (the median).
        centre (float | None): Control chart centre line at this point.
        lower (float | None): Lower control limit (3 sigma) at this point.
        upper (float | None): Upper control limit (3 sigma) at this point.
        sigma (float | None): One sigma at this point.
        signals (list[str]): Control-chart rules this point takes part in (rules about the whole series are not listed
            per point).
        run_signals (list[str]): Run-chart rules this point takes part in (rules about the whole series are not listed
            per point).
        rounded_to (int | None | Unset): The base the point's counts were rounded to after suppression (5; 10 at the
            collaborative level); null when suppressed or missing.
    """

    period: datetime.date
    label: str
    value: float | None
    numerator: float | None
    denominator: float | None
    n: int | None
    suppressed: bool
    skipped: None | str
    median: float | None
    centre: float | None
    lower: float | None
    upper: float | None
    sigma: float | None
    signals: list[str]
    run_signals: list[str]
    rounded_to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.isoformat()

        label = self.label

        value: float | None
        value = self.value

        numerator: float | None
        numerator = self.numerator

        denominator: float | None
        denominator = self.denominator

        n: int | None
        n = self.n

        suppressed = self.suppressed

        skipped: None | str
        skipped = self.skipped

        median: float | None
        median = self.median

        centre: float | None
        centre = self.centre

        lower: float | None
        lower = self.lower

        upper: float | None
        upper = self.upper

        sigma: float | None
        sigma = self.sigma

        signals = self.signals

        run_signals = self.run_signals

        rounded_to: int | None | Unset
        if isinstance(self.rounded_to, Unset):
            rounded_to = UNSET
        else:
            rounded_to = self.rounded_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "label": label,
                "value": value,
                "numerator": numerator,
                "denominator": denominator,
                "n": n,
                "suppressed": suppressed,
                "skipped": skipped,
                "median": median,
                "centre": centre,
                "lower": lower,
                "upper": upper,
                "sigma": sigma,
                "signals": signals,
                "run_signals": run_signals,
            }
        )
        if rounded_to is not UNSET:
            field_dict["rounded_to"] = rounded_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = datetime.date.fromisoformat(d.pop("period"))

        label = d.pop("label")

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

        def _parse_numerator(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        numerator = _parse_numerator(d.pop("numerator"))

        def _parse_denominator(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        denominator = _parse_denominator(d.pop("denominator"))

        def _parse_n(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        n = _parse_n(d.pop("n"))

        suppressed = d.pop("suppressed")

        def _parse_skipped(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        skipped = _parse_skipped(d.pop("skipped"))

        def _parse_median(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median = _parse_median(d.pop("median"))

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

        def _parse_sigma(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sigma = _parse_sigma(d.pop("sigma"))

        signals = cast(list[str], d.pop("signals"))

        run_signals = cast(list[str], d.pop("run_signals"))

        def _parse_rounded_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rounded_to = _parse_rounded_to(d.pop("rounded_to", UNSET))

        chart_point_out = cls(
            period=period,
            label=label,
            value=value,
            numerator=numerator,
            denominator=denominator,
            n=n,
            suppressed=suppressed,
            skipped=skipped,
            median=median,
            centre=centre,
            lower=lower,
            upper=upper,
            sigma=sigma,
            signals=signals,
            run_signals=run_signals,
            rounded_to=rounded_to,
        )

        chart_point_out.additional_properties = d
        return chart_point_out

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LatestOut")


@_attrs_define
class LatestOut:
    """The latest period with facts for the unit, as published (suppressed: no numbers).

    Attributes:
        value (float | None): The metric's value: a share or rate computed from the rounded numerator and denominator; a
            median or mean rounded to 2 decimals.
        numerator (float | None): Count (or sum) behind a proportion or rate, rounded.
        denominator (float | None): The denominator (facts summarised, for continuous metrics), rounded.
        n (int | None): Distinct patients the value rests on (respondents for anonymous metrics), rounded. Over a whole
            range, each patient counts once however many periods they appear in.
        suppressed (bool): True when the value rests on too few patients (or would reveal a cell that does) and is not
            published.
        period (datetime.date): First day of the period.
        label (str): The period as a label.
        reason (None | str | Unset): Why it is suppressed: `primary` (small itself), `complementary` (hidden so that
            another cannot be recovered by subtraction), `small_cell`, `too_few_members` (a collaborative's pooled value
            with fewer than 5 members with data).
        rounded_to (int | None | Unset): The base every count was rounded to after suppression (5 within your org, 10
            for what leaves it); null when suppressed. With base 5 a published 10 is a true 8 to 12, and as 1 to 10 are
            suppressed, 11 or 12.
    """

    value: float | None
    numerator: float | None
    denominator: float | None
    n: int | None
    suppressed: bool
    period: datetime.date
    label: str
    reason: None | str | Unset = UNSET
    rounded_to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: float | None
        value = self.value

        numerator: float | None
        numerator = self.numerator

        denominator: float | None
        denominator = self.denominator

        n: int | None
        n = self.n

        suppressed = self.suppressed

        period = self.period.isoformat()

        label = self.label

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        rounded_to: int | None | Unset
        if isinstance(self.rounded_to, Unset):
            rounded_to = UNSET
        else:
            rounded_to = self.rounded_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "numerator": numerator,
                "denominator": denominator,
                "n": n,
                "suppressed": suppressed,
                "period": period,
                "label": label,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if rounded_to is not UNSET:
            field_dict["rounded_to"] = rounded_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        period = datetime.date.fromisoformat(d.pop("period"))

        label = d.pop("label")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_rounded_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rounded_to = _parse_rounded_to(d.pop("rounded_to", UNSET))

        latest_out = cls(
            value=value,
            numerator=numerator,
            denominator=denominator,
            n=n,
            suppressed=suppressed,
            period=period,
            label=label,
            reason=reason,
            rounded_to=rounded_to,
        )

        latest_out.additional_properties = d
        return latest_out

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

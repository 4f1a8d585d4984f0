from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_value_out_reason_type_0 import MetricValueOutReasonType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricValueOut")


@_attrs_define
class MetricValueOut:
    """One published value. A suppressed value carries no numbers, only why it is hidden.

    Attributes:
        period (datetime.date): First day of the period (Monday of a week).
        unit_id (str): The clinician, team, site, org or collaborative id.
        value (float | None): The metric's value (a share is 0..1); null when suppressed or when there is nothing to
            summarise. A share or rate is computed from the rounded numerator and denominator published beside it; a median
            or mean is rounded to 2 decimals.
        numerator (float | None): Count (or sum) behind a proportion or rate, rounded to a multiple of `rounded_to`;
            null for medians and means.
        denominator (float | None): Count behind the value (facts summarised, for medians and means), rounded to a
            multiple of `rounded_to`.
        n (int | None): Distinct patients (respondents, for anonymous metrics) the value rests on, rounded to a multiple
            of `rounded_to`.
        suppressed (bool): True when the value rests on too few people, or would let one be derived.
        reason (MetricValueOutReasonType0 | None): `primary`: a count below the threshold; `complementary`: hidden so
            that a suppressed sibling cannot be recovered by subtraction; `too_few_members`: a collaborative's pooled value
            with fewer than 5 member organizations with data.
        rounded_to (int | None | Unset): The base every count of this value was rounded to after suppression (5 for your
            own org's units, 10 at the collaborative level); null when suppressed. With base 5 a published 10 is a true 8 to
            12, and as 1 to 10 are suppressed, 11 or 12.
    """

    period: datetime.date
    unit_id: str
    value: float | None
    numerator: float | None
    denominator: float | None
    n: int | None
    suppressed: bool
    reason: MetricValueOutReasonType0 | None
    rounded_to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.isoformat()

        unit_id = self.unit_id

        value: float | None
        value = self.value

        numerator: float | None
        numerator = self.numerator

        denominator: float | None
        denominator = self.denominator

        n: int | None
        n = self.n

        suppressed = self.suppressed

        reason: None | str
        if isinstance(self.reason, MetricValueOutReasonType0):
            reason = self.reason.value
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
                "period": period,
                "unit_id": unit_id,
                "value": value,
                "numerator": numerator,
                "denominator": denominator,
                "n": n,
                "suppressed": suppressed,
                "reason": reason,
            }
        )
        if rounded_to is not UNSET:
            field_dict["rounded_to"] = rounded_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = datetime.date.fromisoformat(d.pop("period"))

        unit_id = d.pop("unit_id")

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

        def _parse_reason(data: object) -> MetricValueOutReasonType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = MetricValueOutReasonType0(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricValueOutReasonType0 | None, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_rounded_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rounded_to = _parse_rounded_to(d.pop("rounded_to", UNSET))

        metric_value_out = cls(
            period=period,
            unit_id=unit_id,
            value=value,
            numerator=numerator,
            denominator=denominator,
            n=n,
            suppressed=suppressed,
            reason=reason,
            rounded_to=rounded_to,
        )

        metric_value_out.additional_properties = d
        return metric_value_out

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EffectPointOut")


@_attrs_define
class EffectPointOut:
    """One period of the series the effect is estimated from.

    Attributes:
        period (datetime.date): First day of the period.
        value (float | None): The value; null when suppressed or missing.
        after (bool): The period is on or after the change's period.
        transition (bool): The period holds a start date inside it (partly before, partly after the change) and is left
            out of the fit.
        used (bool): The point took part in the fit.
    """

    period: datetime.date
    value: float | None
    after: bool
    transition: bool
    used: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.isoformat()

        value: float | None
        value = self.value

        after = self.after

        transition = self.transition

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "value": value,
                "after": after,
                "transition": transition,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = datetime.date.fromisoformat(d.pop("period"))

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

        after = d.pop("after")

        transition = d.pop("transition")

        used = d.pop("used")

        effect_point_out = cls(
            period=period,
            value=value,
            after=after,
            transition=transition,
            used=used,
        )

        effect_point_out.additional_properties = d
        return effect_point_out

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

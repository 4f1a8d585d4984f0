from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TargetOut")


@_attrs_define
class TargetOut:
    """A target of your organization on one metric, for one scope.

    Attributes:
        metric_id (str): The metric.
        level (None | str): The level it applies to; null: every level (the organization's target).
        unit_id (None | str): The unit it applies to; null: every unit of the level (always null at the org level, whose
            one unit is your organization).
        value (float): The target on the metric's scale.
        direction (str): `at_least` (higher is better: met at or above the target) or `at_most` (lower is better: met at
            or below it), from the metric's definition.
        note (None | str): Why this target.
        set_at (datetime.datetime): When it was last set (UTC).
        set_by (str): The token subject that last set it.
    """

    metric_id: str
    level: None | str
    unit_id: None | str
    value: float
    direction: str
    note: None | str
    set_at: datetime.datetime
    set_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        level: None | str
        level = self.level

        unit_id: None | str
        unit_id = self.unit_id

        value = self.value

        direction = self.direction

        note: None | str
        note = self.note

        set_at = self.set_at.isoformat()

        set_by = self.set_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "level": level,
                "unit_id": unit_id,
                "value": value,
                "direction": direction,
                "note": note,
                "set_at": set_at,
                "set_by": set_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_id = d.pop("metric_id")

        def _parse_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        level = _parse_level(d.pop("level"))

        def _parse_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        value = d.pop("value")

        direction = d.pop("direction")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        set_at = datetime.datetime.fromisoformat(d.pop("set_at"))

        set_by = d.pop("set_by")

        target_out = cls(
            metric_id=metric_id,
            level=level,
            unit_id=unit_id,
            value=value,
            direction=direction,
            note=note,
            set_at=set_at,
            set_by=set_by,
        )

        target_out.additional_properties = d
        return target_out

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

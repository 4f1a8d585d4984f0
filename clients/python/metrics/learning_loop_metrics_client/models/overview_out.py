from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.overview_item_out import OverviewItemOut
    from ..models.rule_set_out import RuleSetOut


T = TypeVar("T", bound="OverviewOut")


@_attrs_define
class OverviewOut:
    """Every catalog metric computed at the level, for one unit.

    Attributes:
        level (str): The unit's level.
        unit_id (str): The unit.
        period (str): Period length of every chart.
        effective_from (datetime.date | None): `from` snapped to its period (null: all).
        effective_to (datetime.date | None): `to` snapped to its period (null: all).
        threshold (int): Smallest n a published value rests on.
        rules (RuleSetOut): The named rule set the signals come from (the `rules` parameter).
        source (str): Where the icons' meaning comes from.
        items (list[OverviewItemOut]): One per metric (per form), catalog order.
    """

    level: str
    unit_id: str
    period: str
    effective_from: datetime.date | None
    effective_to: datetime.date | None
    threshold: int
    rules: RuleSetOut
    source: str
    items: list[OverviewItemOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        unit_id = self.unit_id

        period = self.period

        effective_from: None | str
        if isinstance(self.effective_from, datetime.date):
            effective_from = self.effective_from.isoformat()
        else:
            effective_from = self.effective_from

        effective_to: None | str
        if isinstance(self.effective_to, datetime.date):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

        threshold = self.threshold

        rules = self.rules.to_dict()

        source = self.source

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "unit_id": unit_id,
                "period": period,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "threshold": threshold,
                "rules": rules,
                "source": source,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.overview_item_out import OverviewItemOut  # noqa: PLC0415
        from ..models.rule_set_out import RuleSetOut  # noqa: PLC0415

        d = dict(src_dict)
        level = d.pop("level")

        unit_id = d.pop("unit_id")

        period = d.pop("period")

        def _parse_effective_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_from_type_0 = datetime.date.fromisoformat(data)

                return effective_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_from = _parse_effective_from(d.pop("effective_from"))

        def _parse_effective_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_to_type_0 = datetime.date.fromisoformat(data)

                return effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_to = _parse_effective_to(d.pop("effective_to"))

        threshold = d.pop("threshold")

        rules = RuleSetOut.from_dict(d.pop("rules"))

        source = d.pop("source")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OverviewItemOut.from_dict(items_item_data)

            items.append(items_item)

        overview_out = cls(
            level=level,
            unit_id=unit_id,
            period=period,
            effective_from=effective_from,
            effective_to=effective_to,
            threshold=threshold,
            rules=rules,
            source=source,
            items=items,
        )

        overview_out.additional_properties = d
        return overview_out

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

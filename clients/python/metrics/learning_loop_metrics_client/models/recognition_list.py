from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recognition_out import RecognitionOut


T = TypeVar("T", bound="RecognitionList")


@_attrs_define
class RecognitionList:
    """Sustained improvements at one level, by metric (catalog order) then unit.

    Attributes:
        level (str): The level whose units were read.
        since (datetime.date | None): Signals ending before this day are left out.
        period (str): Period length of the charts.
        threshold (int): Smallest n a published value rests on.
        rule_set (str): The rule set read (`anhoej`, `nhs`, `ihi`).
        items (list[RecognitionOut]): The recognitions found.
    """

    level: str
    since: datetime.date | None
    period: str
    threshold: int
    rule_set: str
    items: list[RecognitionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        since: None | str
        if isinstance(self.since, datetime.date):
            since = self.since.isoformat()
        else:
            since = self.since

        period = self.period

        threshold = self.threshold

        rule_set = self.rule_set

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "since": since,
                "period": period,
                "threshold": threshold,
                "rule_set": rule_set,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recognition_out import RecognitionOut  # noqa: PLC0415

        d = dict(src_dict)
        level = d.pop("level")

        def _parse_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                since_type_0 = datetime.date.fromisoformat(data)

                return since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        since = _parse_since(d.pop("since"))

        period = d.pop("period")

        threshold = d.pop("threshold")

        rule_set = d.pop("rule_set")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RecognitionOut.from_dict(items_item_data)

            items.append(items_item)

        recognition_list = cls(
            level=level,
            since=since,
            period=period,
            threshold=threshold,
            rule_set=rule_set,
            items=items,
        )

        recognition_list.additional_properties = d
        return recognition_list

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_items_out_level import FeedbackItemsOutLevel
from ..models.feedback_items_out_period import FeedbackItemsOutPeriod

if TYPE_CHECKING:
    from ..models.feedback_item_out import FeedbackItemOut
    from ..models.feedback_items_out_filters import FeedbackItemsOutFilters


T = TypeVar("T", bound="FeedbackItemsOut")


@_attrs_define
class FeedbackItemsOut:
    """Every item answered on one form, with its published values.

    Attributes:
        level (FeedbackItemsOutLevel): The level of the units.
        unit_id (None | str): The one unit asked for, or null for every unit.
        period (FeedbackItemsOutPeriod): Period length.
        from_ (datetime.date | None): First day included, if bounded.
        to (datetime.date | None): Last day included, if bounded.
        effective_from (datetime.date | None): First day the values cover (`from` snapped to its period's start).
        effective_to (datetime.date | None): Last day the values cover (`to` snapped to its period's end).
        filters (FeedbackItemsOutFilters): Filters applied to every value.
        suppression_threshold (int): Smallest count a published number may rest on.
        form_id (str): The feedback form.
        items (list[FeedbackItemOut]): By item id.
    """

    level: FeedbackItemsOutLevel
    unit_id: None | str
    period: FeedbackItemsOutPeriod
    from_: datetime.date | None
    to: datetime.date | None
    effective_from: datetime.date | None
    effective_to: datetime.date | None
    filters: FeedbackItemsOutFilters
    suppression_threshold: int
    form_id: str
    items: list[FeedbackItemOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

        unit_id: None | str
        unit_id = self.unit_id

        period = self.period.value

        from_: None | str
        if isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        to: None | str
        if isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

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

        filters = self.filters.to_dict()

        suppression_threshold = self.suppression_threshold

        form_id = self.form_id

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
                "from": from_,
                "to": to,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "filters": filters,
                "suppression_threshold": suppression_threshold,
                "form_id": form_id,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_item_out import FeedbackItemOut  # noqa: PLC0415
        from ..models.feedback_items_out_filters import FeedbackItemsOutFilters  # noqa: PLC0415

        d = dict(src_dict)
        level = FeedbackItemsOutLevel(d.pop("level"))

        def _parse_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        period = FeedbackItemsOutPeriod(d.pop("period"))

        def _parse_from_(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.date.fromisoformat(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = datetime.date.fromisoformat(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        to = _parse_to(d.pop("to"))

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

        filters = FeedbackItemsOutFilters.from_dict(d.pop("filters"))

        suppression_threshold = d.pop("suppression_threshold")

        form_id = d.pop("form_id")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = FeedbackItemOut.from_dict(items_item_data)

            items.append(items_item)

        feedback_items_out = cls(
            level=level,
            unit_id=unit_id,
            period=period,
            from_=from_,
            to=to,
            effective_from=effective_from,
            effective_to=effective_to,
            filters=filters,
            suppression_threshold=suppression_threshold,
            form_id=form_id,
            items=items,
        )

        feedback_items_out.additional_properties = d
        return feedback_items_out

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

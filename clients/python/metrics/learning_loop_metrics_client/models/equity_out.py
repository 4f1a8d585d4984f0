from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.equity_out_filters import EquityOutFilters
    from ..models.group_out import GroupOut
    from ..models.value_out import ValueOut


T = TypeVar("T", bound="EquityOut")


@_attrs_define
class EquityOut:
    """A metric by demographic group over a range, with gaps to a reference group.

    Attributes:
        metric_id (str): The metric.
        title (str): The metric's title.
        better (str): `higher` or `lower` is better.
        by (str): The equity dimension.
        level (str): The unit's level.
        unit_id (str): The unit.
        start (datetime.date | None): First day of the range.
        end (datetime.date | None): Last day of the range.
        effective_from (datetime.date | None): First day the values cover: `from` snapped back to the first of its
            month.
        effective_to (datetime.date | None): Last day the values cover: `to` snapped on to the end of its month.
        filters (EquityOutFilters): Filters applied.
        reference (None | str): Code of the reference group (null when no group is published).
        intervals (bool): Gaps carry 95% intervals (shares); rates and continuous values get point estimates only.
        threshold (int): Smallest n a published value rests on.
        total (ValueOut): A published value; when suppressed, every number is null and `reason` says why.
            Otherwise every count is rounded to a multiple of `rounded_to` and a share or rate is
            computed from the rounded counts (README "Disclosure policy").
        groups (list[GroupOut]): Every group, known categories first.
        warnings (list[str]): What to keep in mind reading the view.
    """

    metric_id: str
    title: str
    better: str
    by: str
    level: str
    unit_id: str
    start: datetime.date | None
    end: datetime.date | None
    effective_from: datetime.date | None
    effective_to: datetime.date | None
    filters: EquityOutFilters
    reference: None | str
    intervals: bool
    threshold: int
    total: ValueOut
    groups: list[GroupOut]
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        title = self.title

        better = self.better

        by = self.by

        level = self.level

        unit_id = self.unit_id

        start: None | str
        if isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str
        if isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

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

        reference: None | str
        reference = self.reference

        intervals = self.intervals

        threshold = self.threshold

        total = self.total.to_dict()

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "title": title,
                "better": better,
                "by": by,
                "level": level,
                "unit_id": unit_id,
                "start": start,
                "end": end,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "filters": filters,
                "reference": reference,
                "intervals": intervals,
                "threshold": threshold,
                "total": total,
                "groups": groups,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equity_out_filters import EquityOutFilters  # noqa: PLC0415
        from ..models.group_out import GroupOut  # noqa: PLC0415
        from ..models.value_out import ValueOut  # noqa: PLC0415

        d = dict(src_dict)
        metric_id = d.pop("metric_id")

        title = d.pop("title")

        better = d.pop("better")

        by = d.pop("by")

        level = d.pop("level")

        unit_id = d.pop("unit_id")

        def _parse_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.date.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end = _parse_end(d.pop("end"))

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

        filters = EquityOutFilters.from_dict(d.pop("filters"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        intervals = d.pop("intervals")

        threshold = d.pop("threshold")

        total = ValueOut.from_dict(d.pop("total"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = GroupOut.from_dict(groups_item_data)

            groups.append(groups_item)

        warnings = cast(list[str], d.pop("warnings"))

        equity_out = cls(
            metric_id=metric_id,
            title=title,
            better=better,
            by=by,
            level=level,
            unit_id=unit_id,
            start=start,
            end=end,
            effective_from=effective_from,
            effective_to=effective_to,
            filters=filters,
            reference=reference,
            intervals=intervals,
            threshold=threshold,
            total=total,
            groups=groups,
            warnings=warnings,
        )

        equity_out.additional_properties = d
        return equity_out

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

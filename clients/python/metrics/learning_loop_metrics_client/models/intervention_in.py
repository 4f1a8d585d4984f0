from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.intervention_in_level import InterventionInLevel
from ..models.intervention_in_metric_id import InterventionInMetricId
from ..models.intervention_in_period import InterventionInPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="InterventionIn")


@_attrs_define
class InterventionIn:
    """A QI change (a PDSA cycle) on one unit, to be read off one metric's series.

    Attributes:
        metric_id (InterventionInMetricId): The metric it aims to move.
        level (InterventionInLevel): Level of the unit (clinician, team, site, org).
        started_on (datetime.date): The day the change started. From 1900-01-01 to the end of the 5th year after this
            one (UTC), so a planned change can be recorded ahead; a date outside it is refused with 422.
        title (str): A short name for the change.
        unit_id (None | str | Unset): The unit's id; omit at the org level (your own organization).
        period (InterventionInPeriod | Unset): Period length its effect is estimated over. Default:
            InterventionInPeriod.MONTH.
        description (None | str | Unset): What was changed, in the QI team's words. Never put patient data here.
    """

    metric_id: InterventionInMetricId
    level: InterventionInLevel
    started_on: datetime.date
    title: str
    unit_id: None | str | Unset = UNSET
    period: InterventionInPeriod | Unset = InterventionInPeriod.MONTH
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id.value

        level = self.level.value

        started_on = self.started_on.isoformat()

        title = self.title

        unit_id: None | str | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metric_id": metric_id,
                "level": level,
                "started_on": started_on,
                "title": title,
            }
        )
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if period is not UNSET:
            field_dict["period"] = period
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_id = InterventionInMetricId(d.pop("metric_id"))

        level = InterventionInLevel(d.pop("level"))

        started_on = datetime.date.fromisoformat(d.pop("started_on"))

        title = d.pop("title")

        def _parse_unit_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        _period = d.pop("period", UNSET)
        period: InterventionInPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = InterventionInPeriod(_period)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        intervention_in = cls(
            metric_id=metric_id,
            level=level,
            started_on=started_on,
            title=title,
            unit_id=unit_id,
            period=period,
            description=description,
        )

        return intervention_in

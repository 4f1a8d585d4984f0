from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.intervention_out_level import InterventionOutLevel
from ..models.intervention_out_metric_id import InterventionOutMetricId
from ..models.intervention_out_period import InterventionOutPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="InterventionOut")


@_attrs_define
class InterventionOut:
    """A recorded intervention.

    Attributes:
        metric_id (InterventionOutMetricId): The metric it aims to move.
        level (InterventionOutLevel): Level of the unit (clinician, team, site, org).
        unit_id (str): The unit's id.
        started_on (datetime.date): The day the change started.
        title (str): A short name for the change.
        intervention_id (str): Its id.
        created_at (datetime.datetime): When it was recorded.
        created_by (str): The subject who recorded it.
        period (InterventionOutPeriod | Unset): Period length its effect is estimated over. Default:
            InterventionOutPeriod.MONTH.
        description (None | str | Unset): What was changed, in the QI team's words. Never put patient data here.
    """

    metric_id: InterventionOutMetricId
    level: InterventionOutLevel
    unit_id: str
    started_on: datetime.date
    title: str
    intervention_id: str
    created_at: datetime.datetime
    created_by: str
    period: InterventionOutPeriod | Unset = InterventionOutPeriod.MONTH
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id.value

        level = self.level.value

        unit_id = self.unit_id

        started_on = self.started_on.isoformat()

        title = self.title

        intervention_id = self.intervention_id

        created_at = self.created_at.isoformat()

        created_by = self.created_by

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
                "unit_id": unit_id,
                "started_on": started_on,
                "title": title,
                "intervention_id": intervention_id,
                "created_at": created_at,
                "created_by": created_by,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_id = InterventionOutMetricId(d.pop("metric_id"))

        level = InterventionOutLevel(d.pop("level"))

        unit_id = d.pop("unit_id")

        started_on = datetime.date.fromisoformat(d.pop("started_on"))

        title = d.pop("title")

        intervention_id = d.pop("intervention_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        _period = d.pop("period", UNSET)
        period: InterventionOutPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = InterventionOutPeriod(_period)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        intervention_out = cls(
            metric_id=metric_id,
            level=level,
            unit_id=unit_id,
            started_on=started_on,
            title=title,
            intervention_id=intervention_id,
            created_at=created_at,
            created_by=created_by,
            period=period,
            description=description,
        )

        return intervention_out

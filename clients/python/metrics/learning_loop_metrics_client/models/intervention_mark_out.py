from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InterventionMarkOut")


@_attrs_define
class InterventionMarkOut:
    """An intervention of the unit drawn on the chart.

    Attributes:
        intervention_id (str): The intervention's id.
        title (str): Its title.
        started_on (datetime.date): When the change started.
        period (str): Label of the period holding its start date, where its effect starts.
    """

    intervention_id: str
    title: str
    started_on: datetime.date
    period: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intervention_id = self.intervention_id

        title = self.title

        started_on = self.started_on.isoformat()

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intervention_id": intervention_id,
                "title": title,
                "started_on": started_on,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intervention_id = d.pop("intervention_id")

        title = d.pop("title")

        started_on = datetime.date.fromisoformat(d.pop("started_on"))

        period = d.pop("period")

        intervention_mark_out = cls(
            intervention_id=intervention_id,
            title=title,
            started_on=started_on,
            period=period,
        )

        intervention_mark_out.additional_properties = d
        return intervention_mark_out

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

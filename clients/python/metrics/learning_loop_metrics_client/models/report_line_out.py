from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.value_out import ValueOut


T = TypeVar("T", bound="ReportLineOut")


@_attrs_define
class ReportLineOut:
    """One metric for the clinician, their team and their organization.

    Attributes:
        metric_id (str): The metric.
        title (str): The metric's title.
        measure_unit (str): What the value is measured in.
        better (str): `higher` or `lower` is better.
        clinician (ValueOut): A published value; when suppressed, every number is null and `reason` says why.
            Otherwise every count is rounded to a multiple of `rounded_to` and a share or rate is
            computed from the rounded counts (README "Disclosure policy").
        team (None | ValueOut): The clinician's team (null: no team known).
        org (ValueOut): A published value; when suppressed, every number is null and `reason` says why.
            Otherwise every count is rounded to a multiple of `rounded_to` and a share or rate is
            computed from the rounded counts (README "Disclosure policy").
    """

    metric_id: str
    title: str
    measure_unit: str
    better: str
    clinician: ValueOut
    team: None | ValueOut
    org: ValueOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.value_out import ValueOut  # noqa: PLC0415

        metric_id = self.metric_id

        title = self.title

        measure_unit = self.measure_unit

        better = self.better

        clinician = self.clinician.to_dict()

        team: dict[str, Any] | None
        if isinstance(self.team, ValueOut):
            team = self.team.to_dict()
        else:
            team = self.team

        org = self.org.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "title": title,
                "measure_unit": measure_unit,
                "better": better,
                "clinician": clinician,
                "team": team,
                "org": org,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.value_out import ValueOut  # noqa: PLC0415

        d = dict(src_dict)
        metric_id = d.pop("metric_id")

        title = d.pop("title")

        measure_unit = d.pop("measure_unit")

        better = d.pop("better")

        clinician = ValueOut.from_dict(d.pop("clinician"))

        def _parse_team(data: object) -> None | ValueOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_type_0 = ValueOut.from_dict(data)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ValueOut, data)

        team = _parse_team(d.pop("team"))

        org = ValueOut.from_dict(d.pop("org"))

        report_line_out = cls(
            metric_id=metric_id,
            title=title,
            measure_unit=measure_unit,
            better=better,
            clinician=clinician,
            team=team,
            org=org,
        )

        report_line_out.additional_properties = d
        return report_line_out

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

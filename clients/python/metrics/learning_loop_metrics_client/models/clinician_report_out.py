from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_line_out import ReportLineOut


T = TypeVar("T", bound="ClinicianReportOut")


@_attrs_define
class ClinicianReportOut:
    """A clinician's caseload outcomes next to their team and organization.

    Attributes:
        clinician_id (str): The clinician.
        team_id (None | str): The team compared with: the one asked for, else the team the clinician saw most sessions
            with in the range.
        start (datetime.date | None): First day of the range.
        end (datetime.date | None): Last day of the range.
        effective_from (datetime.date | None): First day the values cover: `from` snapped back to the first of its
            month.
        effective_to (datetime.date | None): Last day the values cover: `to` snapped on to the end of its month.
        threshold (int): Smallest n a published value rests on.
        lines (list[ReportLineOut]): MBC outcomes (reliable improvement, recovery, remission, reliable deterioration),
            sessions with a recent assessment, kept rate and, with `form`, consumer feedback.
        warnings (list[str]): What to keep in mind reading the report.
    """

    clinician_id: str
    team_id: None | str
    start: datetime.date | None
    end: datetime.date | None
    effective_from: datetime.date | None
    effective_to: datetime.date | None
    threshold: int
    lines: list[ReportLineOut]
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clinician_id = self.clinician_id

        team_id: None | str
        team_id = self.team_id

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

        threshold = self.threshold

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clinician_id": clinician_id,
                "team_id": team_id,
                "start": start,
                "end": end,
                "effective_from": effective_from,
                "effective_to": effective_to,
                "threshold": threshold,
                "lines": lines,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_line_out import ReportLineOut  # noqa: PLC0415

        d = dict(src_dict)
        clinician_id = d.pop("clinician_id")

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(d.pop("team_id"))

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

        threshold = d.pop("threshold")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = ReportLineOut.from_dict(lines_item_data)

            lines.append(lines_item)

        warnings = cast(list[str], d.pop("warnings"))

        clinician_report_out = cls(
            clinician_id=clinician_id,
            team_id=team_id,
            start=start,
            end=end,
            effective_from=effective_from,
            effective_to=effective_to,
            threshold=threshold,
            lines=lines,
            warnings=warnings,
        )

        clinician_report_out.additional_properties = d
        return clinician_report_out

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

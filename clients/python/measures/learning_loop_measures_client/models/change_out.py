from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_out import TrackOut


T = TypeVar("T", bound="ChangeOut")


@_attrs_define
class ChangeOut:
    """Change since the patient's first scored assessment on this instrument.

    Attributes:
        baseline_assessment_id (str): The baseline assessment.
        baseline_total (float): The baseline's total.
        baseline_at (datetime.datetime): When the baseline was completed.
        change (float): Latest minus baseline, in points.
        weeks_in_care (float | None): Weeks from baseline to this assessment.
        reliable_change_threshold (float | None): The instrument's (or the org's) reliable-change value, in points: the
            Jacobson-Truax change beyond measurement error.
        reliable_improvement (bool | None): Improved by at least the reliable-change value; null without one.
        reliable_deterioration (bool | None): Worsened by at least the reliable-change value; null without one.
        baseline_case (bool | None): The baseline was at or above the caseness cut-off (the eligibility of clinically
            significant improvement, recovery, response and remission); null where the instrument has no cut-off.
        clinically_significant_improvement (bool | None): Crossed from at or above the caseness cut-off to below it;
            null unless the baseline was a case.
        recovery (bool | None): Reliable and clinically significant improvement (Jacobson & Truax's 'recovered'); null
            unless the baseline was a case and the instrument has a reliable-change value.
        response (bool | None): At least the instrument's response reduction (50 % for the PHQ-9, NCQA DRR-E); null
            unless the baseline was a case (PHQ-9 > 9), or where there is no rule.
        remission (bool | None): Below the instrument's remission threshold (PHQ-9: under 5, CMS159 / NCQA DRR-E); null
            unless the baseline was a case (PHQ-9 > 9), or where there is no rule.
        tracking (None | TrackOut | Unset): The not-on-track verdict.
    """

    baseline_assessment_id: str
    baseline_total: float
    baseline_at: datetime.datetime
    change: float
    weeks_in_care: float | None
    reliable_change_threshold: float | None
    reliable_improvement: bool | None
    reliable_deterioration: bool | None
    baseline_case: bool | None
    clinically_significant_improvement: bool | None
    recovery: bool | None
    response: bool | None
    remission: bool | None
    tracking: None | TrackOut | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.track_out import TrackOut  # noqa: PLC0415

        baseline_assessment_id = self.baseline_assessment_id

        baseline_total = self.baseline_total

        baseline_at = self.baseline_at.isoformat()

        change = self.change

        weeks_in_care: float | None
        weeks_in_care = self.weeks_in_care

        reliable_change_threshold: float | None
        reliable_change_threshold = self.reliable_change_threshold

        reliable_improvement: bool | None
        reliable_improvement = self.reliable_improvement

        reliable_deterioration: bool | None
        reliable_deterioration = self.reliable_deterioration

        baseline_case: bool | None
        baseline_case = self.baseline_case

        clinically_significant_improvement: bool | None
        clinically_significant_improvement = self.clinically_significant_improvement

        recovery: bool | None
        recovery = self.recovery

        response: bool | None
        response = self.response

        remission: bool | None
        remission = self.remission

        tracking: dict[str, Any] | None | Unset
        if isinstance(self.tracking, Unset):
            tracking = UNSET
        elif isinstance(self.tracking, TrackOut):
            tracking = self.tracking.to_dict()
        else:
            tracking = self.tracking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseline_assessment_id": baseline_assessment_id,
                "baseline_total": baseline_total,
                "baseline_at": baseline_at,
                "change": change,
                "weeks_in_care": weeks_in_care,
                "reliable_change_threshold": reliable_change_threshold,
                "reliable_improvement": reliable_improvement,
                "reliable_deterioration": reliable_deterioration,
                "baseline_case": baseline_case,
                "clinically_significant_improvement": clinically_significant_improvement,
                "recovery": recovery,
                "response": response,
                "remission": remission,
            }
        )
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_out import TrackOut  # noqa: PLC0415

        d = dict(src_dict)
        baseline_assessment_id = d.pop("baseline_assessment_id")

        baseline_total = d.pop("baseline_total")

        baseline_at = datetime.datetime.fromisoformat(d.pop("baseline_at"))

        change = d.pop("change")

        def _parse_weeks_in_care(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        weeks_in_care = _parse_weeks_in_care(d.pop("weeks_in_care"))

        def _parse_reliable_change_threshold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        reliable_change_threshold = _parse_reliable_change_threshold(d.pop("reliable_change_threshold"))

        def _parse_reliable_improvement(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        reliable_improvement = _parse_reliable_improvement(d.pop("reliable_improvement"))

        def _parse_reliable_deterioration(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        reliable_deterioration = _parse_reliable_deterioration(d.pop("reliable_deterioration"))

        def _parse_baseline_case(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        baseline_case = _parse_baseline_case(d.pop("baseline_case"))

        def _parse_clinically_significant_improvement(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        clinically_significant_improvement = _parse_clinically_significant_improvement(
            d.pop("clinically_significant_improvement")
        )

        def _parse_recovery(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        recovery = _parse_recovery(d.pop("recovery"))

        def _parse_response(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        response = _parse_response(d.pop("response"))

        def _parse_remission(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        remission = _parse_remission(d.pop("remission"))

        def _parse_tracking(data: object) -> None | TrackOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracking_type_0 = TrackOut.from_dict(data)

                return tracking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrackOut | Unset, data)

        tracking = _parse_tracking(d.pop("tracking", UNSET))

        change_out = cls(
            baseline_assessment_id=baseline_assessment_id,
            baseline_total=baseline_total,
            baseline_at=baseline_at,
            change=change,
            weeks_in_care=weeks_in_care,
            reliable_change_threshold=reliable_change_threshold,
            reliable_improvement=reliable_improvement,
            reliable_deterioration=reliable_deterioration,
            baseline_case=baseline_case,
            clinically_significant_improvement=clinically_significant_improvement,
            recovery=recovery,
            response=response,
            remission=remission,
            tracking=tracking,
        )

        change_out.additional_properties = d
        return change_out

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

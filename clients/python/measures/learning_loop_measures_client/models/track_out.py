from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_out_decided_by import TrackOutDecidedBy
from ..models.track_out_verdict import TrackOutVerdict
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackOut")


@_attrs_define
class TrackOut:
    """Whether the patient is on the expected course, which model said so, and why.

    Attributes:
        verdict (TrackOutVerdict): `not_on_track` raises a not-on-track alert. `not_applicable`: expected-change rules
            do not apply (not a case at baseline, no room for a reliable improvement above the scale's floor, or the
            instrument has no caseness or reliable-change value); `too_early`: less than a week since baseline.
        on_track (bool | None): True for `on_track`, false for `not_on_track`, null otherwise.
        decided_by (TrackOutDecidedBy): `org_percentile_model` (expected change fitted from this organisation's own
            eligible patients, by baseline band and weeks since baseline), `rule_of_thumb` (the published fallback when the
            org has too little history in that cell), `outcome_reached` (responded or remitted: never not on track),
            `eligibility` (the patient is not eligible) or `none` (too early).
        reason (str): Why, in words a clinician can read.
        model_version (None | str | Unset): Version of the deciding model or rule and its main parameters.
    """

    verdict: TrackOutVerdict
    on_track: bool | None
    decided_by: TrackOutDecidedBy
    reason: str
    model_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verdict = self.verdict.value

        on_track: bool | None
        on_track = self.on_track

        decided_by = self.decided_by.value

        reason = self.reason

        model_version: None | str | Unset
        if isinstance(self.model_version, Unset):
            model_version = UNSET
        else:
            model_version = self.model_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verdict": verdict,
                "on_track": on_track,
                "decided_by": decided_by,
                "reason": reason,
            }
        )
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verdict = TrackOutVerdict(d.pop("verdict"))

        def _parse_on_track(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        on_track = _parse_on_track(d.pop("on_track"))

        decided_by = TrackOutDecidedBy(d.pop("decided_by"))

        reason = d.pop("reason")

        def _parse_model_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_version = _parse_model_version(d.pop("model_version", UNSET))

        track_out = cls(
            verdict=verdict,
            on_track=on_track,
            decided_by=decided_by,
            reason=reason,
            model_version=model_version,
        )

        track_out.additional_properties = d
        return track_out

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

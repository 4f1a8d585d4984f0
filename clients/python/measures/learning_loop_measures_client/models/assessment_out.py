from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_out import AlertOut
    from ..models.change_out import ChangeOut
    from ..models.score_out import ScoreOut


T = TypeVar("T", bound="AssessmentOut")


@_attrs_define
class AssessmentOut:
    """A stored assessment: its score, the change since the patient's baseline, its alerts.

    Attributes:
        assessment_id (str): The caller's id, or the generated one.
        patient_id (None | str): The patient; null for staff instruments (stored anonymously).
        instrument_id (str): The instrument.
        completed_at (datetime.datetime): When it was completed (UTC); for a staff instrument only the start of its week
            or month.
        completed_by (str): `patient`, `clinician` or `proxy`.
        score (ScoreOut): A scored response: computed from the items, whatever total the sender stated.
        clinician_id (None | str | Unset): The clinician, if given; always null for a staff instrument.
        team_id (None | str | Unset): The team, if given.
        site_id (None | str | Unset): The site, if given.
        episode_id (None | str | Unset): The episode of care its baseline is taken within: the one sent, or the gap
            rule's (`gap-...`); null for a staff instrument.
        change (ChangeOut | None | Unset): Change since the baseline of the patient's episode of care; null for the
            baseline itself, an incomplete response or an instrument without a total.
        alerts (list[AlertOut] | Unset): Alerts this assessment raised when it was stored (empty on a resend).
    """

    assessment_id: str
    patient_id: None | str
    instrument_id: str
    completed_at: datetime.datetime
    completed_by: str
    score: ScoreOut
    clinician_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    episode_id: None | str | Unset = UNSET
    change: ChangeOut | None | Unset = UNSET
    alerts: list[AlertOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_out import ChangeOut  # noqa: PLC0415

        assessment_id = self.assessment_id

        patient_id: None | str
        patient_id = self.patient_id

        instrument_id = self.instrument_id

        completed_at = self.completed_at.isoformat()

        completed_by = self.completed_by

        score = self.score.to_dict()

        clinician_id: None | str | Unset
        if isinstance(self.clinician_id, Unset):
            clinician_id = UNSET
        else:
            clinician_id = self.clinician_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        site_id: None | str | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        episode_id: None | str | Unset
        if isinstance(self.episode_id, Unset):
            episode_id = UNSET
        else:
            episode_id = self.episode_id

        change: dict[str, Any] | None | Unset
        if isinstance(self.change, Unset):
            change = UNSET
        elif isinstance(self.change, ChangeOut):
            change = self.change.to_dict()
        else:
            change = self.change

        alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = []
            for alerts_item_data in self.alerts:
                alerts_item = alerts_item_data.to_dict()
                alerts.append(alerts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "patient_id": patient_id,
                "instrument_id": instrument_id,
                "completed_at": completed_at,
                "completed_by": completed_by,
                "score": score,
            }
        )
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if episode_id is not UNSET:
            field_dict["episode_id"] = episode_id
        if change is not UNSET:
            field_dict["change"] = change
        if alerts is not UNSET:
            field_dict["alerts"] = alerts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_out import AlertOut  # noqa: PLC0415
        from ..models.change_out import ChangeOut  # noqa: PLC0415
        from ..models.score_out import ScoreOut  # noqa: PLC0415

        d = dict(src_dict)
        assessment_id = d.pop("assessment_id")

        def _parse_patient_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_id = _parse_patient_id(d.pop("patient_id"))

        instrument_id = d.pop("instrument_id")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        completed_by = d.pop("completed_by")

        score = ScoreOut.from_dict(d.pop("score"))

        def _parse_clinician_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clinician_id = _parse_clinician_id(d.pop("clinician_id", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_site_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))

        def _parse_episode_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        episode_id = _parse_episode_id(d.pop("episode_id", UNSET))

        def _parse_change(data: object) -> ChangeOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                change_type_0 = ChangeOut.from_dict(data)

                return change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeOut | None | Unset, data)

        change = _parse_change(d.pop("change", UNSET))

        _alerts = d.pop("alerts", UNSET)
        alerts: list[AlertOut] | Unset = UNSET
        if _alerts is not UNSET:
            alerts = []
            for alerts_item_data in _alerts:
                alerts_item = AlertOut.from_dict(alerts_item_data)

                alerts.append(alerts_item)

        assessment_out = cls(
            assessment_id=assessment_id,
            patient_id=patient_id,
            instrument_id=instrument_id,
            completed_at=completed_at,
            completed_by=completed_by,
            score=score,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
            episode_id=episode_id,
            change=change,
            alerts=alerts,
        )

        assessment_out.additional_properties = d
        return assessment_out

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

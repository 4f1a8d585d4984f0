from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_scored_completed_by import AssessmentScoredCompletedBy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_scored_subscales import AssessmentScoredSubscales


T = TypeVar("T", bound="AssessmentScored")


@_attrs_define
class AssessmentScored:
    """One scored assessment with its change since the baseline of its episode of care. A late
    assessment that moves an episode's baseline (or merges two episodes) republishes the events
    of the assessments it changed: the latest event of an assessment is the one that holds.

        Attributes:
            assessment_id (str): The assessment's id, chosen by the sender.
            instrument_id (str): The instrument (catalog id, e.g. `phq9`).
            instrument_version (str): The instrument definition's version that scored it.
            completed_at (datetime.datetime): When it was completed (an anonymous staff answer: its week's start).
            patient_id (None | str): Null for anonymous respondents (the clinician well-being instrument).
            total (float | None): Null when incomplete under the missing-item policy.
            clinician_id (None | str | Unset): The clinician's pseudonymous id.
            team_id (None | str | Unset): The team's id.
            site_id (None | str | Unset): The site's id.
            completed_by (AssessmentScoredCompletedBy | Unset): Who answered: the patient, the clinician or a proxy.
                Default: AssessmentScoredCompletedBy.PATIENT.
            subscales (AssessmentScoredSubscales | Unset): Subscale scores by subscale id.
            severity_band (None | str | Unset): The instrument's severity band for the total.
            caseness (bool | None | Unset): At or above the clinical cut-off.
            flags (list[str] | Unset): Scoring flags (e.g. items imputed, incomplete).
            baseline_assessment_id (None | str | Unset): The first scored assessment of the patient's episode of care on
                this instrument (null on that assessment's own event).
            baseline_total (float | None | Unset): The baseline's total.
            baseline_at (datetime.datetime | None | Unset): When the baseline was completed.
            change_from_baseline (float | None | Unset): Total minus the baseline's total.
            weeks_since_baseline (float | None | Unset): Weeks between the baseline and this assessment.
            episode_id (None | str | Unset): The episode of care the baseline is taken within: the one the sender named, or
                one measures started by its gap rule (such ids begin `gap-`).
            reliable_improvement (bool | None | Unset): Null without a reliable-change value or a baseline.
            reliable_deterioration (bool | None | Unset): Null without a reliable-change value or a baseline.
            clinically_significant_improvement (bool | None | Unset): Null unless the baseline was a case.
            recovery (bool | None | Unset): Reliable and clinically significant; null unless the baseline was a case.
            response (bool | None | Unset): Null unless the baseline was a case (PHQ-9 > 9).
            remission (bool | None | Unset): Null unless the baseline was a case (PHQ-9 > 9).
    """

    assessment_id: str
    instrument_id: str
    instrument_version: str
    completed_at: datetime.datetime
    patient_id: None | str
    total: float | None
    clinician_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    completed_by: AssessmentScoredCompletedBy | Unset = AssessmentScoredCompletedBy.PATIENT
    subscales: AssessmentScoredSubscales | Unset = UNSET
    severity_band: None | str | Unset = UNSET
    caseness: bool | None | Unset = UNSET
    flags: list[str] | Unset = UNSET
    baseline_assessment_id: None | str | Unset = UNSET
    baseline_total: float | None | Unset = UNSET
    baseline_at: datetime.datetime | None | Unset = UNSET
    change_from_baseline: float | None | Unset = UNSET
    weeks_since_baseline: float | None | Unset = UNSET
    episode_id: None | str | Unset = UNSET
    reliable_improvement: bool | None | Unset = UNSET
    reliable_deterioration: bool | None | Unset = UNSET
    clinically_significant_improvement: bool | None | Unset = UNSET
    recovery: bool | None | Unset = UNSET
    response: bool | None | Unset = UNSET
    remission: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_id = self.assessment_id

        instrument_id = self.instrument_id

        instrument_version = self.instrument_version

        completed_at = self.completed_at.isoformat()

        patient_id: None | str
        patient_id = self.patient_id

        total: float | None
        total = self.total

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

        completed_by: str | Unset = UNSET
        if not isinstance(self.completed_by, Unset):
            completed_by = self.completed_by.value

        subscales: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscales, Unset):
            subscales = self.subscales.to_dict()

        severity_band: None | str | Unset
        if isinstance(self.severity_band, Unset):
            severity_band = UNSET
        else:
            severity_band = self.severity_band

        caseness: bool | None | Unset
        if isinstance(self.caseness, Unset):
            caseness = UNSET
        else:
            caseness = self.caseness

        flags: list[str] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags

        baseline_assessment_id: None | str | Unset
        if isinstance(self.baseline_assessment_id, Unset):
            baseline_assessment_id = UNSET
        else:
            baseline_assessment_id = self.baseline_assessment_id

        baseline_total: float | None | Unset
        if isinstance(self.baseline_total, Unset):
            baseline_total = UNSET
        else:
            baseline_total = self.baseline_total

        baseline_at: None | str | Unset
        if isinstance(self.baseline_at, Unset):
            baseline_at = UNSET
        elif isinstance(self.baseline_at, datetime.datetime):
            baseline_at = self.baseline_at.isoformat()
        else:
            baseline_at = self.baseline_at

        change_from_baseline: float | None | Unset
        if isinstance(self.change_from_baseline, Unset):
            change_from_baseline = UNSET
        else:
            change_from_baseline = self.change_from_baseline

        weeks_since_baseline: float | None | Unset
        if isinstance(self.weeks_since_baseline, Unset):
            weeks_since_baseline = UNSET
        else:
            weeks_since_baseline = self.weeks_since_baseline

        episode_id: None | str | Unset
        if isinstance(self.episode_id, Unset):
            episode_id = UNSET
        else:
            episode_id = self.episode_id

        reliable_improvement: bool | None | Unset
        if isinstance(self.reliable_improvement, Unset):
            reliable_improvement = UNSET
        else:
            reliable_improvement = self.reliable_improvement

        reliable_deterioration: bool | None | Unset
        if isinstance(self.reliable_deterioration, Unset):
            reliable_deterioration = UNSET
        else:
            reliable_deterioration = self.reliable_deterioration

        clinically_significant_improvement: bool | None | Unset
        if isinstance(self.clinically_significant_improvement, Unset):
            clinically_significant_improvement = UNSET
        else:
            clinically_significant_improvement = self.clinically_significant_improvement

        recovery: bool | None | Unset
        if isinstance(self.recovery, Unset):
            recovery = UNSET
        else:
            recovery = self.recovery

        response: bool | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        else:
            response = self.response

        remission: bool | None | Unset
        if isinstance(self.remission, Unset):
            remission = UNSET
        else:
            remission = self.remission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessment_id": assessment_id,
                "instrument_id": instrument_id,
                "instrument_version": instrument_version,
                "completed_at": completed_at,
                "patient_id": patient_id,
                "total": total,
            }
        )
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by
        if subscales is not UNSET:
            field_dict["subscales"] = subscales
        if severity_band is not UNSET:
            field_dict["severity_band"] = severity_band
        if caseness is not UNSET:
            field_dict["caseness"] = caseness
        if flags is not UNSET:
            field_dict["flags"] = flags
        if baseline_assessment_id is not UNSET:
            field_dict["baseline_assessment_id"] = baseline_assessment_id
        if baseline_total is not UNSET:
            field_dict["baseline_total"] = baseline_total
        if baseline_at is not UNSET:
            field_dict["baseline_at"] = baseline_at
        if change_from_baseline is not UNSET:
            field_dict["change_from_baseline"] = change_from_baseline
        if weeks_since_baseline is not UNSET:
            field_dict["weeks_since_baseline"] = weeks_since_baseline
        if episode_id is not UNSET:
            field_dict["episode_id"] = episode_id
        if reliable_improvement is not UNSET:
            field_dict["reliable_improvement"] = reliable_improvement
        if reliable_deterioration is not UNSET:
            field_dict["reliable_deterioration"] = reliable_deterioration
        if clinically_significant_improvement is not UNSET:
            field_dict["clinically_significant_improvement"] = clinically_significant_improvement
        if recovery is not UNSET:
            field_dict["recovery"] = recovery
        if response is not UNSET:
            field_dict["response"] = response
        if remission is not UNSET:
            field_dict["remission"] = remission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_scored_subscales import AssessmentScoredSubscales  # noqa: PLC0415

        d = dict(src_dict)
        assessment_id = d.pop("assessment_id")

        instrument_id = d.pop("instrument_id")

        instrument_version = d.pop("instrument_version")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        def _parse_patient_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_id = _parse_patient_id(d.pop("patient_id"))

        def _parse_total(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total = _parse_total(d.pop("total"))

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

        _completed_by = d.pop("completed_by", UNSET)
        completed_by: AssessmentScoredCompletedBy | Unset
        if isinstance(_completed_by, Unset):
            completed_by = UNSET
        else:
            completed_by = AssessmentScoredCompletedBy(_completed_by)

        _subscales = d.pop("subscales", UNSET)
        subscales: AssessmentScoredSubscales | Unset
        if isinstance(_subscales, Unset):
            subscales = UNSET
        else:
            subscales = AssessmentScoredSubscales.from_dict(_subscales)

        def _parse_severity_band(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        severity_band = _parse_severity_band(d.pop("severity_band", UNSET))

        def _parse_caseness(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        caseness = _parse_caseness(d.pop("caseness", UNSET))

        flags = cast(list[str], d.pop("flags", UNSET))

        def _parse_baseline_assessment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        baseline_assessment_id = _parse_baseline_assessment_id(d.pop("baseline_assessment_id", UNSET))

        def _parse_baseline_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        baseline_total = _parse_baseline_total(d.pop("baseline_total", UNSET))

        def _parse_baseline_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_at_type_0 = datetime.datetime.fromisoformat(data)

                return baseline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        baseline_at = _parse_baseline_at(d.pop("baseline_at", UNSET))

        def _parse_change_from_baseline(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        change_from_baseline = _parse_change_from_baseline(d.pop("change_from_baseline", UNSET))

        def _parse_weeks_since_baseline(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weeks_since_baseline = _parse_weeks_since_baseline(d.pop("weeks_since_baseline", UNSET))

        def _parse_episode_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        episode_id = _parse_episode_id(d.pop("episode_id", UNSET))

        def _parse_reliable_improvement(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reliable_improvement = _parse_reliable_improvement(d.pop("reliable_improvement", UNSET))

        def _parse_reliable_deterioration(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reliable_deterioration = _parse_reliable_deterioration(d.pop("reliable_deterioration", UNSET))

        def _parse_clinically_significant_improvement(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        clinically_significant_improvement = _parse_clinically_significant_improvement(
            d.pop("clinically_significant_improvement", UNSET)
        )

        def _parse_recovery(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        recovery = _parse_recovery(d.pop("recovery", UNSET))

        def _parse_response(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        def _parse_remission(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remission = _parse_remission(d.pop("remission", UNSET))

        assessment_scored = cls(
            assessment_id=assessment_id,
            instrument_id=instrument_id,
            instrument_version=instrument_version,
            completed_at=completed_at,
            patient_id=patient_id,
            total=total,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
            completed_by=completed_by,
            subscales=subscales,
            severity_band=severity_band,
            caseness=caseness,
            flags=flags,
            baseline_assessment_id=baseline_assessment_id,
            baseline_total=baseline_total,
            baseline_at=baseline_at,
            change_from_baseline=change_from_baseline,
            weeks_since_baseline=weeks_since_baseline,
            episode_id=episode_id,
            reliable_improvement=reliable_improvement,
            reliable_deterioration=reliable_deterioration,
            clinically_significant_improvement=clinically_significant_improvement,
            recovery=recovery,
            response=response,
            remission=remission,
        )

        assessment_scored.additional_properties = d
        return assessment_scored

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_raised_rule import AlertRaisedRule
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertRaised")


@_attrs_define
class AlertRaised:
    """Every critical-item rule in the catalog is a suicide or self-harm risk item, so a
    ``critical_item`` alert is a positive suicide-risk screen (or one an unanswered item could
    not rule out).

        Attributes:
            alert_id (str): The alert's id.
            rule (AlertRaisedRule): critical_item (a safety item) or not_on_track (the expected course missed).
            raised_at (datetime.datetime): When the alert was raised.
            patient_id (str): The patient's pseudonymous id.
            assessment_id (None | str | Unset): The assessment's id, chosen by the sender.
            instrument_id (None | str | Unset): The instrument (catalog id, e.g. `phq9`).
            clinician_id (None | str | Unset): The clinician's pseudonymous id.
            team_id (None | str | Unset): The team's id.
            site_id (None | str | Unset): The site's id.
            rule_id (None | str | Unset): The catalog rule that fired.
            severity (None | str | Unset): `urgent`, `high`, ...
    """

    alert_id: str
    rule: AlertRaisedRule
    raised_at: datetime.datetime
    patient_id: str
    assessment_id: None | str | Unset = UNSET
    instrument_id: None | str | Unset = UNSET
    clinician_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    rule_id: None | str | Unset = UNSET
    severity: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        rule = self.rule.value

        raised_at = self.raised_at.isoformat()

        patient_id = self.patient_id

        assessment_id: None | str | Unset
        if isinstance(self.assessment_id, Unset):
            assessment_id = UNSET
        else:
            assessment_id = self.assessment_id

        instrument_id: None | str | Unset
        if isinstance(self.instrument_id, Unset):
            instrument_id = UNSET
        else:
            instrument_id = self.instrument_id

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

        rule_id: None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        severity: None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_id": alert_id,
                "rule": rule,
                "raised_at": raised_at,
                "patient_id": patient_id,
            }
        )
        if assessment_id is not UNSET:
            field_dict["assessment_id"] = assessment_id
        if instrument_id is not UNSET:
            field_dict["instrument_id"] = instrument_id
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_id = d.pop("alert_id")

        rule = AlertRaisedRule(d.pop("rule"))

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        patient_id = d.pop("patient_id")

        def _parse_assessment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assessment_id = _parse_assessment_id(d.pop("assessment_id", UNSET))

        def _parse_instrument_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instrument_id = _parse_instrument_id(d.pop("instrument_id", UNSET))

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

        def _parse_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_id = _parse_rule_id(d.pop("rule_id", UNSET))

        def _parse_severity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        severity = _parse_severity(d.pop("severity", UNSET))

        alert_raised = cls(
            alert_id=alert_id,
            rule=rule,
            raised_at=raised_at,
            patient_id=patient_id,
            assessment_id=assessment_id,
            instrument_id=instrument_id,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
            rule_id=rule_id,
            severity=severity,
        )

        alert_raised.additional_properties = d
        return alert_raised

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

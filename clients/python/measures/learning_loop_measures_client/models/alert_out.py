from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_out_closing_action_type_0 import AlertOutClosingActionType0
from ..models.alert_out_rule import AlertOutRule
from ..models.alert_out_status import AlertOutStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_out_evidence import AlertOutEvidence
    from ..models.escalation_out import EscalationOut


T = TypeVar("T", bound="AlertOut")


@_attrs_define
class AlertOut:
    """An alert for the patient's clinician: a critical item, or a patient not on track.

    Attributes:
        alert_id (str): Alert id (what webhooks carry).
        rule (AlertOutRule): `critical_item`: a catalog critical rule fired, could not be ruled out, or safety questions
            were left unanswered; `not_on_track`: the patient is behind the expected course.
        rule_id (str): The catalog rule; `critical_item_unanswered` when critical items were left unanswered (the rules
            they leave open are in `evidence.rules`); or `not_on_track`.
        severity (str): `urgent`, `high` or `info`.
        patient_id (str): The patient (pseudonymous id).
        assessment_id (str): The assessment that raised it.
        instrument_id (str): The instrument of that assessment.
        evidence (AlertOutEvidence): Why it fired: rule, items or model and values; `missing_items` names the unanswered
            items when those raised it, `answer_conflicts` FHIR answers read the more severe way.
        raised_at (datetime.datetime): When it was raised (UTC).
        status (AlertOutStatus): `open` until acknowledged (recording an action acknowledges too), then `acknowledged`
            until an action closes it: `closed`.
        clinician_id (None | str | Unset): The assessment's clinician, if given.
        team_id (None | str | Unset): The assessment's team, if given.
        site_id (None | str | Unset): The assessment's site, if given.
        acknowledged_at (datetime.datetime | None | Unset): When a clinician acknowledged it; null while open.
        acknowledged_by (None | str | Unset): Who acknowledged it (the token's `sub`).
        acknowledge_due_at (datetime.datetime | None | Unset): When it escalates if still unacknowledged: the org's
            escalation policy when it was raised; null without such a deadline (or raised before deadlines existed).
        action_due_at (datetime.datetime | None | Unset): When it escalates if no action is recorded by then.
        first_action_at (datetime.datetime | None | Unset): The earliest `performed_at` of its actions; null without
            one.
        closed_at (datetime.datetime | None | Unset): When an action closed it.
        closing_action (AlertOutClosingActionType0 | None | Unset): The action that closed it.
        escalations (list[EscalationOut] | Unset): Deadlines that passed unmet, in the order escalated.
    """

    alert_id: str
    rule: AlertOutRule
    rule_id: str
    severity: str
    patient_id: str
    assessment_id: str
    instrument_id: str
    evidence: AlertOutEvidence
    raised_at: datetime.datetime
    status: AlertOutStatus
    clinician_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    acknowledged_at: datetime.datetime | None | Unset = UNSET
    acknowledged_by: None | str | Unset = UNSET
    acknowledge_due_at: datetime.datetime | None | Unset = UNSET
    action_due_at: datetime.datetime | None | Unset = UNSET
    first_action_at: datetime.datetime | None | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    closing_action: AlertOutClosingActionType0 | None | Unset = UNSET
    escalations: list[EscalationOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        rule = self.rule.value

        rule_id = self.rule_id

        severity = self.severity

        patient_id = self.patient_id

        assessment_id = self.assessment_id

        instrument_id = self.instrument_id

        evidence = self.evidence.to_dict()

        raised_at = self.raised_at.isoformat()

        status = self.status.value

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

        acknowledged_at: None | str | Unset
        if isinstance(self.acknowledged_at, Unset):
            acknowledged_at = UNSET
        elif isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        acknowledged_by: None | str | Unset
        if isinstance(self.acknowledged_by, Unset):
            acknowledged_by = UNSET
        else:
            acknowledged_by = self.acknowledged_by

        acknowledge_due_at: None | str | Unset
        if isinstance(self.acknowledge_due_at, Unset):
            acknowledge_due_at = UNSET
        elif isinstance(self.acknowledge_due_at, datetime.datetime):
            acknowledge_due_at = self.acknowledge_due_at.isoformat()
        else:
            acknowledge_due_at = self.acknowledge_due_at

        action_due_at: None | str | Unset
        if isinstance(self.action_due_at, Unset):
            action_due_at = UNSET
        elif isinstance(self.action_due_at, datetime.datetime):
            action_due_at = self.action_due_at.isoformat()
        else:
            action_due_at = self.action_due_at

        first_action_at: None | str | Unset
        if isinstance(self.first_action_at, Unset):
            first_action_at = UNSET
        elif isinstance(self.first_action_at, datetime.datetime):
            first_action_at = self.first_action_at.isoformat()
        else:
            first_action_at = self.first_action_at

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closing_action: None | str | Unset
        if isinstance(self.closing_action, Unset):
            closing_action = UNSET
        elif isinstance(self.closing_action, AlertOutClosingActionType0):
            closing_action = self.closing_action.value
        else:
            closing_action = self.closing_action

        escalations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.escalations, Unset):
            escalations = []
            for escalations_item_data in self.escalations:
                escalations_item = escalations_item_data.to_dict()
                escalations.append(escalations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alert_id": alert_id,
                "rule": rule,
                "rule_id": rule_id,
                "severity": severity,
                "patient_id": patient_id,
                "assessment_id": assessment_id,
                "instrument_id": instrument_id,
                "evidence": evidence,
                "raised_at": raised_at,
                "status": status,
            }
        )
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if acknowledged_at is not UNSET:
            field_dict["acknowledged_at"] = acknowledged_at
        if acknowledged_by is not UNSET:
            field_dict["acknowledged_by"] = acknowledged_by
        if acknowledge_due_at is not UNSET:
            field_dict["acknowledge_due_at"] = acknowledge_due_at
        if action_due_at is not UNSET:
            field_dict["action_due_at"] = action_due_at
        if first_action_at is not UNSET:
            field_dict["first_action_at"] = first_action_at
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if closing_action is not UNSET:
            field_dict["closing_action"] = closing_action
        if escalations is not UNSET:
            field_dict["escalations"] = escalations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_out_evidence import AlertOutEvidence  # noqa: PLC0415
        from ..models.escalation_out import EscalationOut  # noqa: PLC0415

        d = dict(src_dict)
        alert_id = d.pop("alert_id")

        rule = AlertOutRule(d.pop("rule"))

        rule_id = d.pop("rule_id")

        severity = d.pop("severity")

        patient_id = d.pop("patient_id")

        assessment_id = d.pop("assessment_id")

        instrument_id = d.pop("instrument_id")

        evidence = AlertOutEvidence.from_dict(d.pop("evidence"))

        raised_at = datetime.datetime.fromisoformat(d.pop("raised_at"))

        status = AlertOutStatus(d.pop("status"))

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

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at", UNSET))

        def _parse_acknowledged_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acknowledged_by = _parse_acknowledged_by(d.pop("acknowledged_by", UNSET))

        def _parse_acknowledge_due_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledge_due_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledge_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        acknowledge_due_at = _parse_acknowledge_due_at(d.pop("acknowledge_due_at", UNSET))

        def _parse_action_due_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_due_at_type_0 = datetime.datetime.fromisoformat(data)

                return action_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        action_due_at = _parse_action_due_at(d.pop("action_due_at", UNSET))

        def _parse_first_action_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_action_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_action_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_action_at = _parse_first_action_at(d.pop("first_action_at", UNSET))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        def _parse_closing_action(data: object) -> AlertOutClosingActionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closing_action_type_0 = AlertOutClosingActionType0(data)

                return closing_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertOutClosingActionType0 | None | Unset, data)

        closing_action = _parse_closing_action(d.pop("closing_action", UNSET))

        _escalations = d.pop("escalations", UNSET)
        escalations: list[EscalationOut] | Unset = UNSET
        if _escalations is not UNSET:
            escalations = []
            for escalations_item_data in _escalations:
                escalations_item = EscalationOut.from_dict(escalations_item_data)

                escalations.append(escalations_item)

        alert_out = cls(
            alert_id=alert_id,
            rule=rule,
            rule_id=rule_id,
            severity=severity,
            patient_id=patient_id,
            assessment_id=assessment_id,
            instrument_id=instrument_id,
            evidence=evidence,
            raised_at=raised_at,
            status=status,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
            acknowledged_at=acknowledged_at,
            acknowledged_by=acknowledged_by,
            acknowledge_due_at=acknowledge_due_at,
            action_due_at=action_due_at,
            first_action_at=first_action_at,
            closed_at=closed_at,
            closing_action=closing_action,
            escalations=escalations,
        )

        alert_out.additional_properties = d
        return alert_out

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.due_item_reason import DueItemReason

T = TypeVar("T", bound="DueItem")


@_attrs_define
class DueItem:
    """One measurement due at one booked session: what to give at check-in, and why.

    Attributes:
        patient_id (str): The patient's pseudonymous id.
        episode_id (str): The episode of care.
        encounter_id (str): The booked session.
        scheduled_start (datetime.datetime): When the session starts (UTC).
        clinician_id (None | str): The session's clinician.
        team_id (None | str): The session's team.
        service_line (None | str): The episode's service line.
        instrument_id (str): The instrument to give.
        plan_id (str): The plan that makes it due.
        reason (DueItemReason): `baseline-due`: no assessment in the episode yet, within the baseline window and its
            grace; `baseline-overdue`: past them; `follow-up-due`: the plan's sessions or days since the last assessment are
            reached; `follow-up-overdue`: past them and their grace.
        last_assessed_at (datetime.datetime | None): The episode's latest assessment on the instrument (null: none yet).
        kept_sessions (int): Kept sessions of the episode before this one.
        sessions_since (int): Kept sessions since the last assessment (since the episode opened when there is none).
        days_since (int | None): Days from the last assessment to the session (null: none yet).
    """

    patient_id: str
    episode_id: str
    encounter_id: str
    scheduled_start: datetime.datetime
    clinician_id: None | str
    team_id: None | str
    service_line: None | str
    instrument_id: str
    plan_id: str
    reason: DueItemReason
    last_assessed_at: datetime.datetime | None
    kept_sessions: int
    sessions_since: int
    days_since: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        episode_id = self.episode_id

        encounter_id = self.encounter_id

        scheduled_start = self.scheduled_start.isoformat()

        clinician_id: None | str
        clinician_id = self.clinician_id

        team_id: None | str
        team_id = self.team_id

        service_line: None | str
        service_line = self.service_line

        instrument_id = self.instrument_id

        plan_id = self.plan_id

        reason = self.reason.value

        last_assessed_at: None | str
        if isinstance(self.last_assessed_at, datetime.datetime):
            last_assessed_at = self.last_assessed_at.isoformat()
        else:
            last_assessed_at = self.last_assessed_at

        kept_sessions = self.kept_sessions

        sessions_since = self.sessions_since

        days_since: int | None
        days_since = self.days_since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patient_id": patient_id,
                "episode_id": episode_id,
                "encounter_id": encounter_id,
                "scheduled_start": scheduled_start,
                "clinician_id": clinician_id,
                "team_id": team_id,
                "service_line": service_line,
                "instrument_id": instrument_id,
                "plan_id": plan_id,
                "reason": reason,
                "last_assessed_at": last_assessed_at,
                "kept_sessions": kept_sessions,
                "sessions_since": sessions_since,
                "days_since": days_since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        patient_id = d.pop("patient_id")

        episode_id = d.pop("episode_id")

        encounter_id = d.pop("encounter_id")

        scheduled_start = datetime.datetime.fromisoformat(d.pop("scheduled_start"))

        def _parse_clinician_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        clinician_id = _parse_clinician_id(d.pop("clinician_id"))

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(d.pop("team_id"))

        def _parse_service_line(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_line = _parse_service_line(d.pop("service_line"))

        instrument_id = d.pop("instrument_id")

        plan_id = d.pop("plan_id")

        reason = DueItemReason(d.pop("reason"))

        def _parse_last_assessed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_assessed_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_assessed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_assessed_at = _parse_last_assessed_at(d.pop("last_assessed_at"))

        kept_sessions = d.pop("kept_sessions")

        sessions_since = d.pop("sessions_since")

        def _parse_days_since(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_since = _parse_days_since(d.pop("days_since"))

        due_item = cls(
            patient_id=patient_id,
            episode_id=episode_id,
            encounter_id=encounter_id,
            scheduled_start=scheduled_start,
            clinician_id=clinician_id,
            team_id=team_id,
            service_line=service_line,
            instrument_id=instrument_id,
            plan_id=plan_id,
            reason=reason,
            last_assessed_at=last_assessed_at,
            kept_sessions=kept_sessions,
            sessions_since=sessions_since,
            days_since=days_since,
        )

        due_item.additional_properties = d
        return due_item

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

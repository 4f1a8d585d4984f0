from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.safety_event_in_harm_level import SafetyEventInHarmLevel
from ..models.safety_event_in_kind import SafetyEventInKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SafetyEventIn")


@_attrs_define
class SafetyEventIn:
    """Body of `POST /v1/safety-events` (and one item of its batch): one report.

    Attributes:
        safety_event_id (str): The reporting system's id for this report, unique within the org. Sending the same id
            with the same body again is a replay (200, nothing new stored); with another body, a 409 problem.
        kind (SafetyEventInKind): What happened.
        harm_level (SafetyEventInHarmLevel): AHRQ Common Formats Harm Scale v1.2: death, severe, moderate, mild, none
            (reached the patient, no harm evident) or unknown. A near miss is none or unknown; a death event is death.
        occurred_at (datetime.datetime): When it happened, with its UTC offset; not in the future.
        narrative (str): What happened, in the reporter's words. Kept in intake, readable only with `intake:safety-
            review`; never on the feed, never logged.
        team_id (None | str | Unset): The team concerned (this or `site_id`, or both).
        site_id (None | str | Unset): The site where it happened (this or `team_id`, or both).
        patient_id (None | str | Unset): The patient involved, if any (intake need not hold it yet).
        encounter_id (None | str | Unset): The session it happened in, if any. When intake holds that encounter for
            another patient than `patient_id`, the report is refused.
        reporter_id (None | str | Unset): The reporting staff member's id. Omit it for an anonymous report: then nothing
            intake stores with the event says who sent it.
    """

    safety_event_id: str
    kind: SafetyEventInKind
    harm_level: SafetyEventInHarmLevel
    occurred_at: datetime.datetime
    narrative: str
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    patient_id: None | str | Unset = UNSET
    encounter_id: None | str | Unset = UNSET
    reporter_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        safety_event_id = self.safety_event_id

        kind = self.kind.value

        harm_level = self.harm_level.value

        occurred_at = self.occurred_at.isoformat()

        narrative = self.narrative

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

        patient_id: None | str | Unset
        if isinstance(self.patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = self.patient_id

        encounter_id: None | str | Unset
        if isinstance(self.encounter_id, Unset):
            encounter_id = UNSET
        else:
            encounter_id = self.encounter_id

        reporter_id: None | str | Unset
        if isinstance(self.reporter_id, Unset):
            reporter_id = UNSET
        else:
            reporter_id = self.reporter_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "safety_event_id": safety_event_id,
                "kind": kind,
                "harm_level": harm_level,
                "occurred_at": occurred_at,
                "narrative": narrative,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if encounter_id is not UNSET:
            field_dict["encounter_id"] = encounter_id
        if reporter_id is not UNSET:
            field_dict["reporter_id"] = reporter_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        safety_event_id = d.pop("safety_event_id")

        kind = SafetyEventInKind(d.pop("kind"))

        harm_level = SafetyEventInHarmLevel(d.pop("harm_level"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        narrative = d.pop("narrative")

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

        def _parse_patient_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patient_id = _parse_patient_id(d.pop("patient_id", UNSET))

        def _parse_encounter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encounter_id = _parse_encounter_id(d.pop("encounter_id", UNSET))

        def _parse_reporter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reporter_id = _parse_reporter_id(d.pop("reporter_id", UNSET))

        safety_event_in = cls(
            safety_event_id=safety_event_id,
            kind=kind,
            harm_level=harm_level,
            occurred_at=occurred_at,
            narrative=narrative,
            team_id=team_id,
            site_id=site_id,
            patient_id=patient_id,
            encounter_id=encounter_id,
            reporter_id=reporter_id,
        )

        return safety_event_in

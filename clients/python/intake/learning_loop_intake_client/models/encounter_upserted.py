from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encounter_upserted_modality import EncounterUpsertedModality
from ..models.encounter_upserted_status import EncounterUpsertedStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.telehealth_problems import TelehealthProblems


T = TypeVar("T", bound="EncounterUpserted")


@_attrs_define
class EncounterUpserted:
    """
    Attributes:
        encounter_id (str): The encounter's id, chosen by the sender.
        patient_id (None | str): Null when the record is redacted (Part 2).
        modality (EncounterUpsertedModality): in-person, video or phone.
        scheduled_start (datetime.datetime): When the session was booked to start.
        status (EncounterUpsertedStatus): The status (FHIR Encounter statuses, with the kind of cancellation).
        referral_id (None | str | Unset): The referral's id, chosen by the sender.
        clinician_id (None | str | Unset): The clinician's pseudonymous id.
        team_id (None | str | Unset): The team's id.
        site_id (None | str | Unset): The site's id.
        service_line (None | str | Unset): The service line (e.g. `adult-outpatient`).
        episode_id (None | str | Unset): The episode of care the session belongs to.
        late_cancellation (bool | Unset): Cancelled less than 24 hours before the start. Default: False.
        actual_start (datetime.datetime | None | Unset): When the session started.
        actual_end (datetime.datetime | None | Unset): When the session ended.
        telehealth (None | TelehealthProblems | Unset): Technical problems of a video or phone session.
        redacted (bool | Unset): True when the record is covered by 42 CFR Part 2 and its patient withheld. Default:
            False.
    """

    encounter_id: str
    patient_id: None | str
    modality: EncounterUpsertedModality
    scheduled_start: datetime.datetime
    status: EncounterUpsertedStatus
    referral_id: None | str | Unset = UNSET
    clinician_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    service_line: None | str | Unset = UNSET
    episode_id: None | str | Unset = UNSET
    late_cancellation: bool | Unset = False
    actual_start: datetime.datetime | None | Unset = UNSET
    actual_end: datetime.datetime | None | Unset = UNSET
    telehealth: None | TelehealthProblems | Unset = UNSET
    redacted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.telehealth_problems import TelehealthProblems  # noqa: PLC0415

        encounter_id = self.encounter_id

        patient_id: None | str
        patient_id = self.patient_id

        modality = self.modality.value

        scheduled_start = self.scheduled_start.isoformat()

        status = self.status.value

        referral_id: None | str | Unset
        if isinstance(self.referral_id, Unset):
            referral_id = UNSET
        else:
            referral_id = self.referral_id

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

        service_line: None | str | Unset
        if isinstance(self.service_line, Unset):
            service_line = UNSET
        else:
            service_line = self.service_line

        episode_id: None | str | Unset
        if isinstance(self.episode_id, Unset):
            episode_id = UNSET
        else:
            episode_id = self.episode_id

        late_cancellation = self.late_cancellation

        actual_start: None | str | Unset
        if isinstance(self.actual_start, Unset):
            actual_start = UNSET
        elif isinstance(self.actual_start, datetime.datetime):
            actual_start = self.actual_start.isoformat()
        else:
            actual_start = self.actual_start

        actual_end: None | str | Unset
        if isinstance(self.actual_end, Unset):
            actual_end = UNSET
        elif isinstance(self.actual_end, datetime.datetime):
            actual_end = self.actual_end.isoformat()
        else:
            actual_end = self.actual_end

        telehealth: dict[str, Any] | None | Unset
        if isinstance(self.telehealth, Unset):
            telehealth = UNSET
        elif isinstance(self.telehealth, TelehealthProblems):
            telehealth = self.telehealth.to_dict()
        else:
            telehealth = self.telehealth

        redacted = self.redacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encounter_id": encounter_id,
                "patient_id": patient_id,
                "modality": modality,
                "scheduled_start": scheduled_start,
                "status": status,
            }
        )
        if referral_id is not UNSET:
            field_dict["referral_id"] = referral_id
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if service_line is not UNSET:
            field_dict["service_line"] = service_line
        if episode_id is not UNSET:
            field_dict["episode_id"] = episode_id
        if late_cancellation is not UNSET:
            field_dict["late_cancellation"] = late_cancellation
        if actual_start is not UNSET:
            field_dict["actual_start"] = actual_start
        if actual_end is not UNSET:
            field_dict["actual_end"] = actual_end
        if telehealth is not UNSET:
            field_dict["telehealth"] = telehealth
        if redacted is not UNSET:
            field_dict["redacted"] = redacted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.telehealth_problems import TelehealthProblems  # noqa: PLC0415

        d = dict(src_dict)
        encounter_id = d.pop("encounter_id")

        def _parse_patient_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_id = _parse_patient_id(d.pop("patient_id"))

        modality = EncounterUpsertedModality(d.pop("modality"))

        scheduled_start = datetime.datetime.fromisoformat(d.pop("scheduled_start"))

        status = EncounterUpsertedStatus(d.pop("status"))

        def _parse_referral_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral_id = _parse_referral_id(d.pop("referral_id", UNSET))

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

        def _parse_service_line(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_line = _parse_service_line(d.pop("service_line", UNSET))

        def _parse_episode_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        episode_id = _parse_episode_id(d.pop("episode_id", UNSET))

        late_cancellation = d.pop("late_cancellation", UNSET)

        def _parse_actual_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_start_type_0 = datetime.datetime.fromisoformat(data)

                return actual_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        actual_start = _parse_actual_start(d.pop("actual_start", UNSET))

        def _parse_actual_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_end_type_0 = datetime.datetime.fromisoformat(data)

                return actual_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        actual_end = _parse_actual_end(d.pop("actual_end", UNSET))

        def _parse_telehealth(data: object) -> None | TelehealthProblems | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                telehealth_type_0 = TelehealthProblems.from_dict(data)

                return telehealth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TelehealthProblems | Unset, data)

        telehealth = _parse_telehealth(d.pop("telehealth", UNSET))

        redacted = d.pop("redacted", UNSET)

        encounter_upserted = cls(
            encounter_id=encounter_id,
            patient_id=patient_id,
            modality=modality,
            scheduled_start=scheduled_start,
            status=status,
            referral_id=referral_id,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
            service_line=service_line,
            episode_id=episode_id,
            late_cancellation=late_cancellation,
            actual_start=actual_start,
            actual_end=actual_end,
            telehealth=telehealth,
            redacted=redacted,
        )

        encounter_upserted.additional_properties = d
        return encounter_upserted

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

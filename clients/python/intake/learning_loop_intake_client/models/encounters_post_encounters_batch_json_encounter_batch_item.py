from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.encounter_status import EncounterStatus
from ..models.modality import Modality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.technical_problems import TechnicalProblems


T = TypeVar("T", bound="EncountersPostEncountersBatchJsonEncounterBatchItem")


@_attrs_define
class EncountersPostEncountersBatchJsonEncounterBatchItem:
    """One encounter of a batch: the PUT body plus its id.

    Attributes:
        patient_id (str): The patient's pseudonymous id.
        clinician_id (str): The clinician's id in the org.
        site_id (str): The site that holds the session.
        service_line (str): The org's code for the service.
        modality (Modality): How a session was booked to take place.
        scheduled_start (datetime.datetime): Booked start, with its UTC offset.
        encounter_id (str): An id chosen by the caller, unique within the caller's org. For patients it must be
            pseudonymous: random, not derived from an MRN or other identifier (HIPAA 45 CFR 164.514(c)).
        referral_id (None | str | Unset): The referral this session answers, for access time.
        episode_id (None | str | Unset): The episode of care this session belongs to (see `PUT
            /v1/episodes/{episode_id}`). An id intake has not seen yet is kept as sent: the episode may follow.
        team_id (None | str | Unset): The clinician's team, if any.
        status (EncounterStatus | Unset): Where an encounter is in its lifecycle.
        scheduled_minutes (int | None | Unset): Booked length in minutes (FHIR Appointment.minutesDuration).
        actual_start (datetime.datetime | None | Unset): When the session really started (kept sessions only).
        actual_end (datetime.datetime | None | Unset): When the session really ended; after `actual_start`.
        cancelled_at (datetime.datetime | None | Unset): When the cancellation was made (cancelled sessions only);
            decides whether a patient cancellation was late.
        technical_problems (None | TechnicalProblems | Unset): Telehealth technical problems (video and phone sessions
            only). Null means not reported; an empty object means reported none.
        sensitivity (Literal['part2'] | None | Unset): `part2` when the record comes from a 42 CFR Part 2 substance-use-
            disorder program: counted in aggregates, but its details are not published on the feed unless the org allows it.
    """

    patient_id: str
    clinician_id: str
    site_id: str
    service_line: str
    modality: Modality
    scheduled_start: datetime.datetime
    encounter_id: str
    referral_id: None | str | Unset = UNSET
    episode_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    status: EncounterStatus | Unset = UNSET
    scheduled_minutes: int | None | Unset = UNSET
    actual_start: datetime.datetime | None | Unset = UNSET
    actual_end: datetime.datetime | None | Unset = UNSET
    cancelled_at: datetime.datetime | None | Unset = UNSET
    technical_problems: None | TechnicalProblems | Unset = UNSET
    sensitivity: Literal["part2"] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.technical_problems import TechnicalProblems  # noqa: PLC0415

        patient_id = self.patient_id

        clinician_id = self.clinician_id

        site_id = self.site_id

        service_line = self.service_line

        modality = self.modality.value

        scheduled_start = self.scheduled_start.isoformat()

        encounter_id = self.encounter_id

        referral_id: None | str | Unset
        if isinstance(self.referral_id, Unset):
            referral_id = UNSET
        else:
            referral_id = self.referral_id

        episode_id: None | str | Unset
        if isinstance(self.episode_id, Unset):
            episode_id = UNSET
        else:
            episode_id = self.episode_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        scheduled_minutes: int | None | Unset
        if isinstance(self.scheduled_minutes, Unset):
            scheduled_minutes = UNSET
        else:
            scheduled_minutes = self.scheduled_minutes

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

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        technical_problems: dict[str, Any] | None | Unset
        if isinstance(self.technical_problems, Unset):
            technical_problems = UNSET
        elif isinstance(self.technical_problems, TechnicalProblems):
            technical_problems = self.technical_problems.to_dict()
        else:
            technical_problems = self.technical_problems

        sensitivity: Literal["part2"] | None | Unset
        if isinstance(self.sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = self.sensitivity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "patient_id": patient_id,
                "clinician_id": clinician_id,
                "site_id": site_id,
                "service_line": service_line,
                "modality": modality,
                "scheduled_start": scheduled_start,
                "encounter_id": encounter_id,
            }
        )
        if referral_id is not UNSET:
            field_dict["referral_id"] = referral_id
        if episode_id is not UNSET:
            field_dict["episode_id"] = episode_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if status is not UNSET:
            field_dict["status"] = status
        if scheduled_minutes is not UNSET:
            field_dict["scheduled_minutes"] = scheduled_minutes
        if actual_start is not UNSET:
            field_dict["actual_start"] = actual_start
        if actual_end is not UNSET:
            field_dict["actual_end"] = actual_end
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if technical_problems is not UNSET:
            field_dict["technical_problems"] = technical_problems
        if sensitivity is not UNSET:
            field_dict["sensitivity"] = sensitivity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.technical_problems import TechnicalProblems  # noqa: PLC0415

        d = dict(src_dict)
        patient_id = d.pop("patient_id")

        clinician_id = d.pop("clinician_id")

        site_id = d.pop("site_id")

        service_line = d.pop("service_line")

        modality = Modality(d.pop("modality"))

        scheduled_start = datetime.datetime.fromisoformat(d.pop("scheduled_start"))

        encounter_id = d.pop("encounter_id")

        def _parse_referral_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral_id = _parse_referral_id(d.pop("referral_id", UNSET))

        def _parse_episode_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        episode_id = _parse_episode_id(d.pop("episode_id", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        _status = d.pop("status", UNSET)
        status: EncounterStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EncounterStatus(_status)

        def _parse_scheduled_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scheduled_minutes = _parse_scheduled_minutes(d.pop("scheduled_minutes", UNSET))

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

        def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))

        def _parse_technical_problems(data: object) -> None | TechnicalProblems | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                technical_problems_type_0 = TechnicalProblems.from_dict(data)

                return technical_problems_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TechnicalProblems | Unset, data)

        technical_problems = _parse_technical_problems(d.pop("technical_problems", UNSET))

        def _parse_sensitivity(data: object) -> Literal["part2"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            sensitivity_type_0 = cast(Literal["part2"], data)
            if sensitivity_type_0 != "part2":
                raise ValueError(f"sensitivity_type_0 must match const 'part2', got '{sensitivity_type_0}'")
            return sensitivity_type_0
            return cast(Literal["part2"] | None | Unset, data)

        sensitivity = _parse_sensitivity(d.pop("sensitivity", UNSET))

        encounters_post_encounters_batch_json_encounter_batch_item = cls(
            patient_id=patient_id,
            clinician_id=clinician_id,
            site_id=site_id,
            service_line=service_line,
            modality=modality,
            scheduled_start=scheduled_start,
            encounter_id=encounter_id,
            referral_id=referral_id,
            episode_id=episode_id,
            team_id=team_id,
            status=status,
            scheduled_minutes=scheduled_minutes,
            actual_start=actual_start,
            actual_end=actual_end,
            cancelled_at=cancelled_at,
            technical_problems=technical_problems,
            sensitivity=sensitivity,
        )

        return encounters_post_encounters_batch_json_encounter_batch_item

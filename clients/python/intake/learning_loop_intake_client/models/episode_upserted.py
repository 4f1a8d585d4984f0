from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.episode_upserted_discharge_reason_type_0 import EpisodeUpsertedDischargeReasonType0
from ..models.episode_upserted_status import EpisodeUpsertedStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EpisodeUpserted")


@_attrs_define
class EpisodeUpserted:
    """A course of care for one patient in one service line, as the EHR keeps it.

    Attributes:
        episode_id (str): The episode's id, chosen by the sender.
        patient_id (None | str): Null when the record is redacted (Part 2).
        status (EpisodeUpsertedStatus): FHIR EpisodeOfCare status.
        opened_on (datetime.date): The day the episode opened.
        service_line (None | str | Unset): The service line (e.g. `adult-outpatient`).
        team_id (None | str | Unset): The team's id.
        site_id (None | str | Unset): The site's id.
        clinician_id (None | str | Unset): The lead clinician's pseudonymous id.
        closed_on (datetime.date | None | Unset): The day it closed, if it has.
        discharge_reason (EpisodeUpsertedDischargeReasonType0 | None | Unset): Why it closed (only on a closed episode).
        redacted (bool | Unset): True when the record is covered by 42 CFR Part 2 and its patient withheld. Default:
            False.
    """

    episode_id: str
    patient_id: None | str
    status: EpisodeUpsertedStatus
    opened_on: datetime.date
    service_line: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    clinician_id: None | str | Unset = UNSET
    closed_on: datetime.date | None | Unset = UNSET
    discharge_reason: EpisodeUpsertedDischargeReasonType0 | None | Unset = UNSET
    redacted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        episode_id = self.episode_id

        patient_id: None | str
        patient_id = self.patient_id

        status = self.status.value

        opened_on = self.opened_on.isoformat()

        service_line: None | str | Unset
        if isinstance(self.service_line, Unset):
            service_line = UNSET
        else:
            service_line = self.service_line

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

        clinician_id: None | str | Unset
        if isinstance(self.clinician_id, Unset):
            clinician_id = UNSET
        else:
            clinician_id = self.clinician_id

        closed_on: None | str | Unset
        if isinstance(self.closed_on, Unset):
            closed_on = UNSET
        elif isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        discharge_reason: None | str | Unset
        if isinstance(self.discharge_reason, Unset):
            discharge_reason = UNSET
        elif isinstance(self.discharge_reason, EpisodeUpsertedDischargeReasonType0):
            discharge_reason = self.discharge_reason.value
        else:
            discharge_reason = self.discharge_reason

        redacted = self.redacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "episode_id": episode_id,
                "patient_id": patient_id,
                "status": status,
                "opened_on": opened_on,
            }
        )
        if service_line is not UNSET:
            field_dict["service_line"] = service_line
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if closed_on is not UNSET:
            field_dict["closed_on"] = closed_on
        if discharge_reason is not UNSET:
            field_dict["discharge_reason"] = discharge_reason
        if redacted is not UNSET:
            field_dict["redacted"] = redacted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        episode_id = d.pop("episode_id")

        def _parse_patient_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_id = _parse_patient_id(d.pop("patient_id"))

        status = EpisodeUpsertedStatus(d.pop("status"))

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        def _parse_service_line(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_line = _parse_service_line(d.pop("service_line", UNSET))

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

        def _parse_clinician_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clinician_id = _parse_clinician_id(d.pop("clinician_id", UNSET))

        def _parse_closed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closed_on = _parse_closed_on(d.pop("closed_on", UNSET))

        def _parse_discharge_reason(data: object) -> EpisodeUpsertedDischargeReasonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                discharge_reason_type_0 = EpisodeUpsertedDischargeReasonType0(data)

                return discharge_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EpisodeUpsertedDischargeReasonType0 | None | Unset, data)

        discharge_reason = _parse_discharge_reason(d.pop("discharge_reason", UNSET))

        redacted = d.pop("redacted", UNSET)

        episode_upserted = cls(
            episode_id=episode_id,
            patient_id=patient_id,
            status=status,
            opened_on=opened_on,
            service_line=service_line,
            team_id=team_id,
            site_id=site_id,
            clinician_id=clinician_id,
            closed_on=closed_on,
            discharge_reason=discharge_reason,
            redacted=redacted,
        )

        episode_upserted.additional_properties = d
        return episode_upserted

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

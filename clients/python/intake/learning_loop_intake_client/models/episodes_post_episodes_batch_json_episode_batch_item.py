from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.discharge_reason import DischargeReason
from ..models.episode_status import EpisodeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EpisodesPostEpisodesBatchJsonEpisodeBatchItem")


@_attrs_define
class EpisodesPostEpisodesBatchJsonEpisodeBatchItem:
    """One episode of a batch: the PUT body plus its id.

    Attributes:
        patient_id (str): The patient's pseudonymous id.
        service_line (str): The org's code for the service the course of care is in.
        opened_on (datetime.date): The day the episode opened (FHIR period.start): not before 2000-01-01, at most two
            years ahead.
        episode_id (str): An id chosen by the caller, unique within the caller's org. For patients it must be
            pseudonymous: random, not derived from an MRN or other identifier (HIPAA 45 CFR 164.514(c)).
        status (EpisodeStatus | Unset): FHIR R4 EpisodeOfCare.status (the same codes as
            ``shared.events.EpisodeStatus``).
        team_id (None | str | Unset): The team that holds the episode, if any.
        site_id (None | str | Unset): The site that holds the episode, if any.
        clinician_id (None | str | Unset): The lead clinician's id in the org (FHIR EpisodeOfCare.careManager).
        closed_on (datetime.date | None | Unset): The day it closed (FHIR period.end): finished or cancelled episodes
            only, required when finished; on or after `opened_on`, not in the future.
        discharge_reason (DischargeReason | None | Unset): Why it closed: planned-completion, dropped-out, transferred,
            referred-on, died or other. Finished or cancelled episodes only; required when finished.
        sensitivity (Literal['part2'] | None | Unset): `part2` when the record comes from a 42 CFR Part 2 substance-use-
            disorder program: counted in aggregates, but its details are not published on the feed unless the org allows it.
    """

    patient_id: str
    service_line: str
    opened_on: datetime.date
    episode_id: str
    status: EpisodeStatus | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    clinician_id: None | str | Unset = UNSET
    closed_on: datetime.date | None | Unset = UNSET
    discharge_reason: DischargeReason | None | Unset = UNSET
    sensitivity: Literal["part2"] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        service_line = self.service_line

        opened_on = self.opened_on.isoformat()

        episode_id = self.episode_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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
        elif isinstance(self.discharge_reason, DischargeReason):
            discharge_reason = self.discharge_reason.value
        else:
            discharge_reason = self.discharge_reason

        sensitivity: Literal["part2"] | None | Unset
        if isinstance(self.sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = self.sensitivity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "patient_id": patient_id,
                "service_line": service_line,
                "opened_on": opened_on,
                "episode_id": episode_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
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
        if sensitivity is not UNSET:
            field_dict["sensitivity"] = sensitivity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        patient_id = d.pop("patient_id")

        service_line = d.pop("service_line")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        episode_id = d.pop("episode_id")

        _status = d.pop("status", UNSET)
        status: EpisodeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EpisodeStatus(_status)

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

        def _parse_discharge_reason(data: object) -> DischargeReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                discharge_reason_type_0 = DischargeReason(data)

                return discharge_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DischargeReason | None | Unset, data)

        discharge_reason = _parse_discharge_reason(d.pop("discharge_reason", UNSET))

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

        episodes_post_episodes_batch_json_episode_batch_item = cls(
            patient_id=patient_id,
            service_line=service_line,
            opened_on=opened_on,
            episode_id=episode_id,
            status=status,
            team_id=team_id,
            site_id=site_id,
            clinician_id=clinician_id,
            closed_on=closed_on,
            discharge_reason=discharge_reason,
            sensitivity=sensitivity,
        )

        return episodes_post_episodes_batch_json_episode_batch_item

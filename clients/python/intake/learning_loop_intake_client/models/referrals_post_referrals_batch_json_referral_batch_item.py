from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.referral_priority import ReferralPriority
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralsPostReferralsBatchJsonReferralBatchItem")


@_attrs_define
class ReferralsPostReferralsBatchJsonReferralBatchItem:
    """One referral of a batch: the PUT body plus its id.

    Attributes:
        patient_id (str): The referred patient's pseudonymous id.
        received_on (datetime.date): The date the referral reached the organization: access time starts here. Not before
            2000-01-01, not after tomorrow (time zones).
        service_line (str): The org's code for the service the patient was referred to.
        site_id (str): The site expected to see the patient.
        referral_id (str): An id chosen by the caller, unique within the caller's org. For patients it must be
            pseudonymous: random, not derived from an MRN or other identifier (HIPAA 45 CFR 164.514(c)).
        priority (ReferralPriority | Unset): FHIR R4 request-priority codes (ServiceRequest.priority), the scale EHRs
            already use.
        episode_id (None | str | Unset): The episode of care the referral opened or belongs to. An id intake has not
            seen yet is kept as sent: the episode may follow.
        sensitivity (Literal['part2'] | None | Unset): `part2` when the record comes from a 42 CFR Part 2 substance-use-
            disorder program: counted in aggregates, but its details are not published on the feed unless the org allows it.
    """

    patient_id: str
    received_on: datetime.date
    service_line: str
    site_id: str
    referral_id: str
    priority: ReferralPriority | Unset = UNSET
    episode_id: None | str | Unset = UNSET
    sensitivity: Literal["part2"] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        patient_id = self.patient_id

        received_on = self.received_on.isoformat()

        service_line = self.service_line

        site_id = self.site_id

        referral_id = self.referral_id

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        episode_id: None | str | Unset
        if isinstance(self.episode_id, Unset):
            episode_id = UNSET
        else:
            episode_id = self.episode_id

        sensitivity: Literal["part2"] | None | Unset
        if isinstance(self.sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = self.sensitivity

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "patient_id": patient_id,
                "received_on": received_on,
                "service_line": service_line,
                "site_id": site_id,
                "referral_id": referral_id,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority
        if episode_id is not UNSET:
            field_dict["episode_id"] = episode_id
        if sensitivity is not UNSET:
            field_dict["sensitivity"] = sensitivity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        patient_id = d.pop("patient_id")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        service_line = d.pop("service_line")

        site_id = d.pop("site_id")

        referral_id = d.pop("referral_id")

        _priority = d.pop("priority", UNSET)
        priority: ReferralPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = ReferralPriority(_priority)

        def _parse_episode_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        episode_id = _parse_episode_id(d.pop("episode_id", UNSET))

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

        referrals_post_referrals_batch_json_referral_batch_item = cls(
            patient_id=patient_id,
            received_on=received_on,
            service_line=service_line,
            site_id=site_id,
            referral_id=referral_id,
            priority=priority,
            episode_id=episode_id,
            sensitivity=sensitivity,
        )

        return referrals_post_referrals_batch_json_referral_batch_item

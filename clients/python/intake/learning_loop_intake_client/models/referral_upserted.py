from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralUpserted")


@_attrs_define
class ReferralUpserted:
    """
    Attributes:
        referral_id (str): The referral's id, chosen by the sender.
        patient_id (None | str): Null when the record is redacted (Part 2).
        received_on (datetime.date): The day the referral was received.
        service_line (None | str | Unset): The service line (e.g. `adult-outpatient`).
        episode_id (None | str | Unset): The episode of care the referral opened or belongs to.
        site_id (None | str | Unset): The site's id.
        priority (None | str | Unset): `routine` or `urgent`.
        first_kept_at (datetime.datetime | None | Unset): When the first appointment was kept; closes the referral.
        redacted (bool | Unset): True when the record is covered by 42 CFR Part 2 and its patient withheld. Default:
            False.
    """

    referral_id: str
    patient_id: None | str
    received_on: datetime.date
    service_line: None | str | Unset = UNSET
    episode_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    priority: None | str | Unset = UNSET
    first_kept_at: datetime.datetime | None | Unset = UNSET
    redacted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referral_id = self.referral_id

        patient_id: None | str
        patient_id = self.patient_id

        received_on = self.received_on.isoformat()

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

        site_id: None | str | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        first_kept_at: None | str | Unset
        if isinstance(self.first_kept_at, Unset):
            first_kept_at = UNSET
        elif isinstance(self.first_kept_at, datetime.datetime):
            first_kept_at = self.first_kept_at.isoformat()
        else:
            first_kept_at = self.first_kept_at

        redacted = self.redacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referral_id": referral_id,
                "patient_id": patient_id,
                "received_on": received_on,
            }
        )
        if service_line is not UNSET:
            field_dict["service_line"] = service_line
        if episode_id is not UNSET:
            field_dict["episode_id"] = episode_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if first_kept_at is not UNSET:
            field_dict["first_kept_at"] = first_kept_at
        if redacted is not UNSET:
            field_dict["redacted"] = redacted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        referral_id = d.pop("referral_id")

        def _parse_patient_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_id = _parse_patient_id(d.pop("patient_id"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

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

        def _parse_site_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))

        def _parse_priority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_first_kept_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_kept_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_kept_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_kept_at = _parse_first_kept_at(d.pop("first_kept_at", UNSET))

        redacted = d.pop("redacted", UNSET)

        referral_upserted = cls(
            referral_id=referral_id,
            patient_id=patient_id,
            received_on=received_on,
            service_line=service_line,
            episode_id=episode_id,
            site_id=site_id,
            priority=priority,
            first_kept_at=first_kept_at,
            redacted=redacted,
        )

        referral_upserted.additional_properties = d
        return referral_upserted

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

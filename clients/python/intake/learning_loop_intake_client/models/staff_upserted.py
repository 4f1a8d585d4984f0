from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.staff_upserted_leaving_reason_type_0 import StaffUpsertedLeavingReasonType0
from ..models.staff_upserted_role import StaffUpsertedRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffUpserted")


@_attrs_define
class StaffUpserted:
    """A workforce record: who is in post where, at what FTE, since and until when. The
    pseudonymous ``staff_id`` is the ``clinician_id`` the clinical records use, so a caseload can
    be counted per FTE. Never joined to anonymous survey answers (those carry no staff id).

        Attributes:
            staff_id (str): The staff member's pseudonymous id (a clinician_id).
            role (StaffUpsertedRole): Profession or role.
            fte (float): Contracted full-time equivalent (1.0 = full time).
            started_on (datetime.date): First day in post.
            team_id (None | str | Unset): The team's id.
            site_id (None | str | Unset): The site's id.
            ended_on (datetime.date | None | Unset): Last day in post, once left.
            leaving_reason (None | StaffUpsertedLeavingReasonType0 | Unset): Why they left (only with ended_on).
            entered_in_error (bool | Unset): True when the record was a mistake and counts for nothing. Default: False.
    """

    staff_id: str
    role: StaffUpsertedRole
    fte: float
    started_on: datetime.date
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    ended_on: datetime.date | None | Unset = UNSET
    leaving_reason: None | StaffUpsertedLeavingReasonType0 | Unset = UNSET
    entered_in_error: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        role = self.role.value

        fte = self.fte

        started_on = self.started_on.isoformat()

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

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        leaving_reason: None | str | Unset
        if isinstance(self.leaving_reason, Unset):
            leaving_reason = UNSET
        elif isinstance(self.leaving_reason, StaffUpsertedLeavingReasonType0):
            leaving_reason = self.leaving_reason.value
        else:
            leaving_reason = self.leaving_reason

        entered_in_error = self.entered_in_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "staff_id": staff_id,
                "role": role,
                "fte": fte,
                "started_on": started_on,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on
        if leaving_reason is not UNSET:
            field_dict["leaving_reason"] = leaving_reason
        if entered_in_error is not UNSET:
            field_dict["entered_in_error"] = entered_in_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        staff_id = d.pop("staff_id")

        role = StaffUpsertedRole(d.pop("role"))

        fte = d.pop("fte")

        started_on = datetime.date.fromisoformat(d.pop("started_on"))

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

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))

        def _parse_leaving_reason(data: object) -> None | StaffUpsertedLeavingReasonType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leaving_reason_type_0 = StaffUpsertedLeavingReasonType0(data)

                return leaving_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StaffUpsertedLeavingReasonType0 | Unset, data)

        leaving_reason = _parse_leaving_reason(d.pop("leaving_reason", UNSET))

        entered_in_error = d.pop("entered_in_error", UNSET)

        staff_upserted = cls(
            staff_id=staff_id,
            role=role,
            fte=fte,
            started_on=started_on,
            team_id=team_id,
            site_id=site_id,
            ended_on=ended_on,
            leaving_reason=leaving_reason,
            entered_in_error=entered_in_error,
        )

        staff_upserted.additional_properties = d
        return staff_upserted

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.leaving_reason import LeavingReason
from ..models.staff_role import StaffRole
from ..models.staff_state import StaffState
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffOut")


@_attrs_define
class StaffOut:
    """A stored staff record as the API returns it.

    Attributes:
        role (StaffRole): Profession or role (the same codes as ``shared.events.StaffRole``).
        fte (float): Contracted full-time equivalent: 1.0 is full time, 0.5 half time. More than 0, at most 1.5 (beyond
            any lawful contract: hours or percentages sent as FTE).
        started_on (datetime.date): First day in post: not before 1950-01-01, at most a year ahead.
        staff_id (str): The person's pseudonymous id: the `clinician_id` the clinical records use.
        state (StaffState): Where a staff record stands, derived from its fields (see the module docstring).
        updated_at (datetime.datetime): When intake last accepted a change.
        team_id (None | str | Unset): The team the person works in (the `team_id` of the clinical records); null for a
            post outside any team.
        site_id (None | str | Unset): The site the person works at, if any.
        ended_on (datetime.date | None | Unset): Last day in post, once the person has left (or given notice): on or
            after `started_on`, at most a year ahead. Requires `leaving_reason`.
        leaving_reason (LeavingReason | None | Unset): Why they left: resigned, retired, end-of-contract, dismissed,
            moved-internally, died or other. Required with `ended_on`, refused without it.
        entered_in_error (bool | Unset): True when the record was a mistake and counts for nothing. Final: a record
            entered in error cannot be changed back (a 409). Default: False.
    """

    role: StaffRole
    fte: float
    started_on: datetime.date
    staff_id: str
    state: StaffState
    updated_at: datetime.datetime
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    ended_on: datetime.date | None | Unset = UNSET
    leaving_reason: LeavingReason | None | Unset = UNSET
    entered_in_error: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        fte = self.fte

        started_on = self.started_on.isoformat()

        staff_id = self.staff_id

        state = self.state.value

        updated_at = self.updated_at.isoformat()

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
        elif isinstance(self.leaving_reason, LeavingReason):
            leaving_reason = self.leaving_reason.value
        else:
            leaving_reason = self.leaving_reason

        entered_in_error = self.entered_in_error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "fte": fte,
                "started_on": started_on,
                "staff_id": staff_id,
                "state": state,
                "updated_at": updated_at,
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
        role = StaffRole(d.pop("role"))

        fte = d.pop("fte")

        started_on = datetime.date.fromisoformat(d.pop("started_on"))

        staff_id = d.pop("staff_id")

        state = StaffState(d.pop("state"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        def _parse_leaving_reason(data: object) -> LeavingReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leaving_reason_type_0 = LeavingReason(data)

                return leaving_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeavingReason | None | Unset, data)

        leaving_reason = _parse_leaving_reason(d.pop("leaving_reason", UNSET))

        entered_in_error = d.pop("entered_in_error", UNSET)

        staff_out = cls(
            role=role,
            fte=fte,
            started_on=started_on,
            staff_id=staff_id,
            state=state,
            updated_at=updated_at,
            team_id=team_id,
            site_id=site_id,
            ended_on=ended_on,
            leaving_reason=leaving_reason,
            entered_in_error=entered_in_error,
        )

        return staff_out

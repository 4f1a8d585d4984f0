from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanOut")


@_attrs_define
class PlanOut:
    """A stored plan of your organization.

    Attributes:
        instrument_id (str): The instrument to give (measures' catalog id).
        baseline_within_sessions (int): The baseline is due by the N-th kept session of the episode.
        plan_id (str): The plan's id, chosen by you.
        set_at (datetime.datetime): When it was last set (UTC).
        set_by (str): The token subject that last set it.
        service_line (None | str | Unset): The service line whose episodes it applies to; null: every service line (a
            service line's own plan for the same instrument replaces it there).
        every_sessions (int | None | Unset): Then due again at every K-th kept session after the last assessment (null:
            not by sessions).
        every_days (int | None | Unset): Then due again D days after the last assessment (null: not by days). With both,
            whichever comes first.
        grace_sessions (int | Unset): Kept sessions past a due point (baseline or follow-up) before it is overdue.
            Default: 0.
        grace_days (int | Unset): Days past a due day before it is overdue (needs `every_days`). Default: 0.
        active (bool | Unset): Only active plans make anyone due. Default: True.
        note (None | str | Unset): Why this plan (a guideline, a decision); never patient data.
    """

    instrument_id: str
    baseline_within_sessions: int
    plan_id: str
    set_at: datetime.datetime
    set_by: str
    service_line: None | str | Unset = UNSET
    every_sessions: int | None | Unset = UNSET
    every_days: int | None | Unset = UNSET
    grace_sessions: int | Unset = 0
    grace_days: int | Unset = 0
    active: bool | Unset = True
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        instrument_id = self.instrument_id

        baseline_within_sessions = self.baseline_within_sessions

        plan_id = self.plan_id

        set_at = self.set_at.isoformat()

        set_by = self.set_by

        service_line: None | str | Unset
        if isinstance(self.service_line, Unset):
            service_line = UNSET
        else:
            service_line = self.service_line

        every_sessions: int | None | Unset
        if isinstance(self.every_sessions, Unset):
            every_sessions = UNSET
        else:
            every_sessions = self.every_sessions

        every_days: int | None | Unset
        if isinstance(self.every_days, Unset):
            every_days = UNSET
        else:
            every_days = self.every_days

        grace_sessions = self.grace_sessions

        grace_days = self.grace_days

        active = self.active

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instrument_id": instrument_id,
                "baseline_within_sessions": baseline_within_sessions,
                "plan_id": plan_id,
                "set_at": set_at,
                "set_by": set_by,
            }
        )
        if service_line is not UNSET:
            field_dict["service_line"] = service_line
        if every_sessions is not UNSET:
            field_dict["every_sessions"] = every_sessions
        if every_days is not UNSET:
            field_dict["every_days"] = every_days
        if grace_sessions is not UNSET:
            field_dict["grace_sessions"] = grace_sessions
        if grace_days is not UNSET:
            field_dict["grace_days"] = grace_days
        if active is not UNSET:
            field_dict["active"] = active
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instrument_id = d.pop("instrument_id")

        baseline_within_sessions = d.pop("baseline_within_sessions")

        plan_id = d.pop("plan_id")

        set_at = datetime.datetime.fromisoformat(d.pop("set_at"))

        set_by = d.pop("set_by")

        def _parse_service_line(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_line = _parse_service_line(d.pop("service_line", UNSET))

        def _parse_every_sessions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        every_sessions = _parse_every_sessions(d.pop("every_sessions", UNSET))

        def _parse_every_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        every_days = _parse_every_days(d.pop("every_days", UNSET))

        grace_sessions = d.pop("grace_sessions", UNSET)

        grace_days = d.pop("grace_days", UNSET)

        active = d.pop("active", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        plan_out = cls(
            instrument_id=instrument_id,
            baseline_within_sessions=baseline_within_sessions,
            plan_id=plan_id,
            set_at=set_at,
            set_by=set_by,
            service_line=service_line,
            every_sessions=every_sessions,
            every_days=every_days,
            grace_sessions=grace_sessions,
            grace_days=grace_days,
            active=active,
            note=note,
        )

        return plan_out

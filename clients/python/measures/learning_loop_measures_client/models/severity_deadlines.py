from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeverityDeadlines")


@_attrs_define
class SeverityDeadlines:
    """The two deadlines of one severity; null (or absent) means no such deadline.

    Attributes:
        acknowledge_within_minutes (int | None | Unset): Escalate if not acknowledged this many minutes after the raise
            (1 minute to 7 days; null: never on this ground).
        action_within_hours (int | None | Unset): Escalate if no action is recorded this many hours after the raise (1
            hour to 31 days; null: never on this ground).
    """

    acknowledge_within_minutes: int | None | Unset = UNSET
    action_within_hours: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        acknowledge_within_minutes: int | None | Unset
        if isinstance(self.acknowledge_within_minutes, Unset):
            acknowledge_within_minutes = UNSET
        else:
            acknowledge_within_minutes = self.acknowledge_within_minutes

        action_within_hours: int | None | Unset
        if isinstance(self.action_within_hours, Unset):
            action_within_hours = UNSET
        else:
            action_within_hours = self.action_within_hours

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if acknowledge_within_minutes is not UNSET:
            field_dict["acknowledge_within_minutes"] = acknowledge_within_minutes
        if action_within_hours is not UNSET:
            field_dict["action_within_hours"] = action_within_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_acknowledge_within_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        acknowledge_within_minutes = _parse_acknowledge_within_minutes(d.pop("acknowledge_within_minutes", UNSET))

        def _parse_action_within_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        action_within_hours = _parse_action_within_hours(d.pop("action_within_hours", UNSET))

        severity_deadlines = cls(
            acknowledge_within_minutes=acknowledge_within_minutes,
            action_within_hours=action_within_hours,
        )

        return severity_deadlines

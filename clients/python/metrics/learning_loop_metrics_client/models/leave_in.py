from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.leave_in_reason import LeaveInReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaveIn")


@_attrs_define
class LeaveIn:
    """Body of `POST /v1/collaboratives/{id}/members/{org}/leave`.

    Attributes:
        reason (LeaveInReason): Why: `capacity` (no staff time), `priorities` (changed), `data_burden`, `not_useful`,
            `aim_reached`, `merged_or_closed`, `inactive` (a removal for taking no part), `other`. Seen by the owner,
            facilitators and the organization concerned.
        reason_text (None | str | Unset): Your own words; only your organization ever reads them back.
    """

    reason: LeaveInReason
    reason_text: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason.value

        reason_text: None | str | Unset
        if isinstance(self.reason_text, Unset):
            reason_text = UNSET
        else:
            reason_text = self.reason_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if reason_text is not UNSET:
            field_dict["reason_text"] = reason_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = LeaveInReason(d.pop("reason"))

        def _parse_reason_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason_text = _parse_reason_text(d.pop("reason_text", UNSET))

        leave_in = cls(
            reason=reason,
            reason_text=reason_text,
        )

        return leave_in

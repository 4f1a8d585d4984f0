from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetIn")


@_attrs_define
class TargetIn:
    """The target's value (on the metric's own scale) and, optionally, why it was chosen.

    Attributes:
        value (float): The target on the metric's own scale: a share between 0 and 1, days, hours, a score, a rate. Met
            when the value is at least the target where higher is better, at most where lower is (the catalog's `better`;
            see `direction`).
        note (None | str | Unset): Why this target: a national standard, a board decision (never patient data).
    """

    value: float
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        target_in = cls(
            value=value,
            note=note,
        )

        return target_in

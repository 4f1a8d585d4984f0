from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.severity_deadlines import SeverityDeadlines


T = TypeVar("T", bound="EscalationPolicyOut")


@_attrs_define
class EscalationPolicyOut:
    """The policy in force, and whether it is the service's default.

    Attributes:
        urgent (SeverityDeadlines): The two deadlines of one severity; null (or absent) means no such deadline.
        high (SeverityDeadlines): The two deadlines of one severity; null (or absent) means no such deadline.
        info (SeverityDeadlines): The two deadlines of one severity; null (or absent) means no such deadline.
        is_default (bool): True until the org sets its own: the default is a starting point chosen for this service
            (urgent 60 min / 24 h, high 24 h / 72 h), not a published standard.
        updated_at (datetime.datetime | None | Unset): When it was last changed.
        updated_by (None | str | Unset): Who last changed it.
    """

    urgent: SeverityDeadlines
    high: SeverityDeadlines
    info: SeverityDeadlines
    is_default: bool
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urgent = self.urgent.to_dict()

        high = self.high.to_dict()

        info = self.info.to_dict()

        is_default = self.is_default

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urgent": urgent,
                "high": high,
                "info": info,
                "is_default": is_default,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.severity_deadlines import SeverityDeadlines  # noqa: PLC0415

        d = dict(src_dict)
        urgent = SeverityDeadlines.from_dict(d.pop("urgent"))

        high = SeverityDeadlines.from_dict(d.pop("high"))

        info = SeverityDeadlines.from_dict(d.pop("info"))

        is_default = d.pop("is_default")

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        escalation_policy_out = cls(
            urgent=urgent,
            high=high,
            info=info,
            is_default=is_default,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        escalation_policy_out.additional_properties = d
        return escalation_policy_out

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

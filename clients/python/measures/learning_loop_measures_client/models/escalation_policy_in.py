from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.severity_deadlines import SeverityDeadlines


T = TypeVar("T", bound="EscalationPolicyIn")


@_attrs_define
class EscalationPolicyIn:
    """The whole policy: every severity is given, so leaving one out cannot silently switch
    its escalation off (send nulls to do that on purpose).

        Attributes:
            urgent (SeverityDeadlines): The two deadlines of one severity; null (or absent) means no such deadline.
            high (SeverityDeadlines): The two deadlines of one severity; null (or absent) means no such deadline.
            info (SeverityDeadlines): The two deadlines of one severity; null (or absent) means no such deadline.
    """

    urgent: SeverityDeadlines
    high: SeverityDeadlines
    info: SeverityDeadlines

    def to_dict(self) -> dict[str, Any]:
        urgent = self.urgent.to_dict()

        high = self.high.to_dict()

        info = self.info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "urgent": urgent,
                "high": high,
                "info": info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.severity_deadlines import SeverityDeadlines  # noqa: PLC0415

        d = dict(src_dict)
        urgent = SeverityDeadlines.from_dict(d.pop("urgent"))

        high = SeverityDeadlines.from_dict(d.pop("high"))

        info = SeverityDeadlines.from_dict(d.pop("info"))

        escalation_policy_in = cls(
            urgent=urgent,
            high=high,
            info=info,
        )

        return escalation_policy_in

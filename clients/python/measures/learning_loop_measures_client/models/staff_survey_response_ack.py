from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StaffSurveyResponseAck")


@_attrs_define
class StaffSurveyResponseAck:
    """The acknowledgement: no response id (it would be a handle on the answer).

    Attributes:
        accepted (bool): The answer is stored.
        replayed (bool): True when this token had sent these answers before.
        closes_on (datetime.date): The survey's last day.
    """

    accepted: bool
    replayed: bool
    closes_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted = self.accepted

        replayed = self.replayed

        closes_on = self.closes_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted": accepted,
                "replayed": replayed,
                "closes_on": closes_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted = d.pop("accepted")

        replayed = d.pop("replayed")

        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        staff_survey_response_ack = cls(
            accepted=accepted,
            replayed=replayed,
            closes_on=closes_on,
        )

        staff_survey_response_ack.additional_properties = d
        return staff_survey_response_ack

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

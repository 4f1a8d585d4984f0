from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_survey_closed import StaffSurveyClosed


T = TypeVar("T", bound="StaffSurveyClosedEvent")


@_attrs_define
class StaffSurveyClosedEvent:
    """A `staff-survey.closed` event: A staff survey campaign's responses for one team, published once, when the campaign
    closes, in shuffled order: no response's position or time can be matched to a person's
    login. Metrics reports them only by team or above and only at or above the staff floor.

        Attributes:
            id (str): Unique event id; consumers deduplicate on it.
            source (str): The producing service.
            type_ (Literal['staff-survey.closed']): What happened.
            time (datetime.datetime): When the change was committed (UTC); for an anonymous staff answer only the start of
                that week (or month).
            subject (str): The resource the event is about.
            org (str): Tenant the event belongs to (CloudEvents extension).
            data (StaffSurveyClosed): A staff survey campaign's responses for one team, published once, when the campaign
                closes, in shuffled order: no response's position or time can be matched to a person's
                login. Metrics reports them only by team or above and only at or above the staff floor.
            specversion (str | Unset): CloudEvents version. Default: '1.0'.
            datacontenttype (str | Unset): The media type of `data` (CloudEvents). Default: 'application/json'.
    """

    id: str
    source: str
    type_: Literal["staff-survey.closed"]
    time: datetime.datetime
    subject: str
    org: str
    data: StaffSurveyClosed
    specversion: str | Unset = "1.0"
    datacontenttype: str | Unset = "application/json"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        type_ = self.type_

        time = self.time.isoformat()

        subject = self.subject

        org = self.org

        data = self.data.to_dict()

        specversion = self.specversion

        datacontenttype = self.datacontenttype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "type": type_,
                "time": time,
                "subject": subject,
                "org": org,
                "data": data,
            }
        )
        if specversion is not UNSET:
            field_dict["specversion"] = specversion
        if datacontenttype is not UNSET:
            field_dict["datacontenttype"] = datacontenttype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_survey_closed import StaffSurveyClosed  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        type_ = cast(Literal["staff-survey.closed"], d.pop("type"))
        if type_ != "staff-survey.closed":
            raise ValueError(f"type must match const 'staff-survey.closed', got '{type_}'")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        subject = d.pop("subject")

        org = d.pop("org")

        data = StaffSurveyClosed.from_dict(d.pop("data"))

        specversion = d.pop("specversion", UNSET)

        datacontenttype = d.pop("datacontenttype", UNSET)

        staff_survey_closed_event = cls(
            id=id,
            source=source,
            type_=type_,
            time=time,
            subject=subject,
            org=org,
            data=data,
            specversion=specversion,
            datacontenttype=datacontenttype,
        )

        staff_survey_closed_event.additional_properties = d
        return staff_survey_closed_event

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_upserted import StaffUpserted


T = TypeVar("T", bound="StaffUpsertedEvent")


@_attrs_define
class StaffUpsertedEvent:
    """A `staff.upserted` event: A workforce record: who is in post where, at what FTE, since and until when. The
    pseudonymous ``staff_id`` is the ``clinician_id`` the clinical records use, so a caseload can
    be counted per FTE. Never joined to anonymous survey answers (those carry no staff id).

        Attributes:
            id (str): Unique event id; consumers deduplicate on it.
            source (str): The producing service.
            type_ (Literal['staff.upserted']): What happened.
            time (datetime.datetime): When the change was committed (UTC); for an anonymous staff answer only the start of
                that week (or month).
            subject (str): The resource the event is about.
            org (str): Tenant the event belongs to (CloudEvents extension).
            data (StaffUpserted): A workforce record: who is in post where, at what FTE, since and until when. The
                pseudonymous ``staff_id`` is the ``clinician_id`` the clinical records use, so a caseload can
                be counted per FTE. Never joined to anonymous survey answers (those carry no staff id).
            specversion (str | Unset): CloudEvents version. Default: '1.0'.
            datacontenttype (str | Unset): The media type of `data` (CloudEvents). Default: 'application/json'.
    """

    id: str
    source: str
    type_: Literal["staff.upserted"]
    time: datetime.datetime
    subject: str
    org: str
    data: StaffUpserted
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
        from ..models.staff_upserted import StaffUpserted  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        type_ = cast(Literal["staff.upserted"], d.pop("type"))
        if type_ != "staff.upserted":
            raise ValueError(f"type must match const 'staff.upserted', got '{type_}'")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        subject = d.pop("subject")

        org = d.pop("org")

        data = StaffUpserted.from_dict(d.pop("data"))

        specversion = d.pop("specversion", UNSET)

        datacontenttype = d.pop("datacontenttype", UNSET)

        staff_upserted_event = cls(
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

        staff_upserted_event.additional_properties = d
        return staff_upserted_event

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.establishment_upserted import EstablishmentUpserted


T = TypeVar("T", bound="EstablishmentUpsertedEvent")


@_attrs_define
class EstablishmentUpsertedEvent:
    """A `establishment.upserted` event: A team's funded posts from a day on: the FTE vacancy is measured against.

    Attributes:
        id (str): Unique event id; consumers deduplicate on it.
        source (str): The producing service.
        type_ (Literal['establishment.upserted']): What happened.
        time (datetime.datetime): When the change was committed (UTC); for an anonymous staff answer only the start of
            that week (or month).
        subject (str): The resource the event is about.
        org (str): Tenant the event belongs to (CloudEvents extension).
        data (EstablishmentUpserted): A team's funded posts from a day on: the FTE vacancy is measured against.
        specversion (str | Unset): CloudEvents version. Default: '1.0'.
        datacontenttype (str | Unset): The media type of `data` (CloudEvents). Default: 'application/json'.
    """

    id: str
    source: str
    type_: Literal["establishment.upserted"]
    time: datetime.datetime
    subject: str
    org: str
    data: EstablishmentUpserted
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
        from ..models.establishment_upserted import EstablishmentUpserted  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        type_ = cast(Literal["establishment.upserted"], d.pop("type"))
        if type_ != "establishment.upserted":
            raise ValueError(f"type must match const 'establishment.upserted', got '{type_}'")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        subject = d.pop("subject")

        org = d.pop("org")

        data = EstablishmentUpserted.from_dict(d.pop("data"))

        specversion = d.pop("specversion", UNSET)

        datacontenttype = d.pop("datacontenttype", UNSET)

        establishment_upserted_event = cls(
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

        establishment_upserted_event.additional_properties = d
        return establishment_upserted_event

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

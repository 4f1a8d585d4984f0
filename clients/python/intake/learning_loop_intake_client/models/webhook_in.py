from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookIn")


@_attrs_define
class WebhookIn:
    """An endpoint to notify when session feedback shows an alliance rupture.

    Attributes:
        url (str): http(s) URL of the receiver. It must resolve to public addresses only (no loopback, private, link-
            local, multicast or reserved targets) and carry no credentials.
        event_types (list[Literal['feedback.rupture']]): Which events to deliver: `feedback.rupture` (a form's rupture
            rule fired on a submission).
        description (None | str | Unset): A label for people managing the endpoint (not sent anywhere).
    """

    url: str
    event_types: list[Literal["feedback.rupture"]]
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types = self.event_types

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "event_types": event_types,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        event_types = []
        _event_types = d.pop("event_types")
        for event_types_item_data in _event_types:
            event_types_item = cast(Literal["feedback.rupture"], event_types_item_data)
            if event_types_item != "feedback.rupture":
                raise ValueError(f"event_types_item must match const 'feedback.rupture', got '{event_types_item}'")
            event_types.append(event_types_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        webhook_in = cls(
            url=url,
            event_types=event_types,
            description=description,
        )

        return webhook_in

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.due_item import DueItem
    from ..models.due_list_feeds_caught_up_at import DueListFeedsCaughtUpAt


T = TypeVar("T", bound="DueList")


@_attrs_define
class DueList:
    """The measurements due at the day's booked sessions, as the facts stand.

    Attributes:
        date (datetime.date): The day of the booked sessions.
        items (list[DueItem]): By session time, then patient and instrument.
        sessions_without_episode (int): Booked sessions in your view that day that name no known open episode of care
            (no plan can apply to them: send their `episode_id` to intake).
        feeds_caught_up_at (DueListFeedsCaughtUpAt): When metrics last caught up with each feed: the list is as fresh as
            these (seconds behind the writes in normal running).
    """

    date: datetime.date
    items: list[DueItem]
    sessions_without_episode: int
    feeds_caught_up_at: DueListFeedsCaughtUpAt
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        sessions_without_episode = self.sessions_without_episode

        feeds_caught_up_at = self.feeds_caught_up_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "items": items,
                "sessions_without_episode": sessions_without_episode,
                "feeds_caught_up_at": feeds_caught_up_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.due_item import DueItem  # noqa: PLC0415
        from ..models.due_list_feeds_caught_up_at import DueListFeedsCaughtUpAt  # noqa: PLC0415

        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = DueItem.from_dict(items_item_data)

            items.append(items_item)

        sessions_without_episode = d.pop("sessions_without_episode")

        feeds_caught_up_at = DueListFeedsCaughtUpAt.from_dict(d.pop("feeds_caught_up_at"))

        due_list = cls(
            date=date,
            items=items,
            sessions_without_episode=sessions_without_episode,
            feeds_caught_up_at=feeds_caught_up_at,
        )

        due_list.additional_properties = d
        return due_list

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.encounter_upserted_event import EncounterUpsertedEvent
    from ..models.episode_upserted_event import EpisodeUpsertedEvent
    from ..models.establishment_upserted_event import EstablishmentUpsertedEvent
    from ..models.feedback_received_event import FeedbackReceivedEvent
    from ..models.feedback_rupture_event import FeedbackRuptureEvent
    from ..models.feedback_themed_event import FeedbackThemedEvent
    from ..models.patient_upserted_event import PatientUpsertedEvent
    from ..models.referral_upserted_event import ReferralUpsertedEvent
    from ..models.safety_event_upserted_event import SafetyEventUpsertedEvent
    from ..models.staff_upserted_event import StaffUpsertedEvent


T = TypeVar("T", bound="FeedPage")


@_attrs_define
class FeedPage:
    """One page of the feed, in feed order.

    Attributes:
        items (list[EncounterUpsertedEvent | EpisodeUpsertedEvent | EstablishmentUpsertedEvent | FeedbackReceivedEvent |
            FeedbackRuptureEvent | FeedbackThemedEvent | PatientUpsertedEvent | ReferralUpsertedEvent |
            SafetyEventUpsertedEvent | StaffUpsertedEvent]): Events in feed order.
        next_cursor (str): Resume position: pass as `after` next time. Always present; unchanged when there was nothing
            new. Opaque and valid only for the organization (or the all-organizations reader) it was given to.
        has_more (bool): True when more events are ready right now.
    """

    items: list[
        EncounterUpsertedEvent
        | EpisodeUpsertedEvent
        | EstablishmentUpsertedEvent
        | FeedbackReceivedEvent
        | FeedbackRuptureEvent
        | FeedbackThemedEvent
        | PatientUpsertedEvent
        | ReferralUpsertedEvent
        | SafetyEventUpsertedEvent
        | StaffUpsertedEvent
    ]
    next_cursor: str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.encounter_upserted_event import EncounterUpsertedEvent  # noqa: PLC0415
        from ..models.episode_upserted_event import EpisodeUpsertedEvent  # noqa: PLC0415
        from ..models.feedback_received_event import FeedbackReceivedEvent  # noqa: PLC0415
        from ..models.feedback_rupture_event import FeedbackRuptureEvent  # noqa: PLC0415
        from ..models.feedback_themed_event import FeedbackThemedEvent  # noqa: PLC0415
        from ..models.patient_upserted_event import PatientUpsertedEvent  # noqa: PLC0415
        from ..models.referral_upserted_event import ReferralUpsertedEvent  # noqa: PLC0415
        from ..models.safety_event_upserted_event import SafetyEventUpsertedEvent  # noqa: PLC0415
        from ..models.staff_upserted_event import StaffUpsertedEvent  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, PatientUpsertedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReferralUpsertedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, EncounterUpsertedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, FeedbackReceivedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, FeedbackThemedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, FeedbackRuptureEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SafetyEventUpsertedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, EpisodeUpsertedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, StaffUpsertedEvent):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "next_cursor": next_cursor,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.encounter_upserted_event import EncounterUpsertedEvent  # noqa: PLC0415
        from ..models.episode_upserted_event import EpisodeUpsertedEvent  # noqa: PLC0415
        from ..models.establishment_upserted_event import EstablishmentUpsertedEvent  # noqa: PLC0415
        from ..models.feedback_received_event import FeedbackReceivedEvent  # noqa: PLC0415
        from ..models.feedback_rupture_event import FeedbackRuptureEvent  # noqa: PLC0415
        from ..models.feedback_themed_event import FeedbackThemedEvent  # noqa: PLC0415
        from ..models.patient_upserted_event import PatientUpsertedEvent  # noqa: PLC0415
        from ..models.referral_upserted_event import ReferralUpsertedEvent  # noqa: PLC0415
        from ..models.safety_event_upserted_event import SafetyEventUpsertedEvent  # noqa: PLC0415
        from ..models.staff_upserted_event import StaffUpsertedEvent  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                EncounterUpsertedEvent
                | EpisodeUpsertedEvent
                | EstablishmentUpsertedEvent
                | FeedbackReceivedEvent
                | FeedbackRuptureEvent
                | FeedbackThemedEvent
                | PatientUpsertedEvent
                | ReferralUpsertedEvent
                | SafetyEventUpsertedEvent
                | StaffUpsertedEvent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0 = PatientUpsertedEvent.from_dict(data)

                    return items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_1 = ReferralUpsertedEvent.from_dict(data)

                    return items_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_2 = EncounterUpsertedEvent.from_dict(data)

                    return items_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_3 = FeedbackReceivedEvent.from_dict(data)

                    return items_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_4 = FeedbackThemedEvent.from_dict(data)

                    return items_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_5 = FeedbackRuptureEvent.from_dict(data)

                    return items_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_6 = SafetyEventUpsertedEvent.from_dict(data)

                    return items_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_7 = EpisodeUpsertedEvent.from_dict(data)

                    return items_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_8 = StaffUpsertedEvent.from_dict(data)

                    return items_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_9 = EstablishmentUpsertedEvent.from_dict(data)

                return items_item_type_9

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        next_cursor = d.pop("next_cursor")

        has_more = d.pop("has_more")

        feed_page = cls(
            items=items,
            next_cursor=next_cursor,
            has_more=has_more,
        )

        feed_page.additional_properties = d
        return feed_page

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

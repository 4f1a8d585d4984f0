from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alert_acknowledged_event import AlertAcknowledgedEvent
    from ..models.alert_actioned_event import AlertActionedEvent
    from ..models.alert_closed_event import AlertClosedEvent
    from ..models.alert_escalated_event import AlertEscalatedEvent
    from ..models.alert_raised_event import AlertRaisedEvent
    from ..models.assessment_scored_event import AssessmentScoredEvent
    from ..models.staff_survey_closed_event import StaffSurveyClosedEvent


T = TypeVar("T", bound="FeedPage")


@_attrs_define
class FeedPage:
    """One page of the feed, in feed order.

    Attributes:
        items (list[AlertAcknowledgedEvent | AlertActionedEvent | AlertClosedEvent | AlertEscalatedEvent |
            AlertRaisedEvent | AssessmentScoredEvent | StaffSurveyClosedEvent]): Events in feed order.
        next_cursor (str): Resume position: pass as `after` next time. Always present; unchanged when there was nothing
            new. Opaque and valid only for the organization (or the all-organizations reader) it was given to.
        has_more (bool): True when more events are ready right now.
    """

    items: list[
        AlertAcknowledgedEvent
        | AlertActionedEvent
        | AlertClosedEvent
        | AlertEscalatedEvent
        | AlertRaisedEvent
        | AssessmentScoredEvent
        | StaffSurveyClosedEvent
    ]
    next_cursor: str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.alert_acknowledged_event import AlertAcknowledgedEvent  # noqa: PLC0415
        from ..models.alert_actioned_event import AlertActionedEvent  # noqa: PLC0415
        from ..models.alert_closed_event import AlertClosedEvent  # noqa: PLC0415
        from ..models.alert_escalated_event import AlertEscalatedEvent  # noqa: PLC0415
        from ..models.alert_raised_event import AlertRaisedEvent  # noqa: PLC0415
        from ..models.assessment_scored_event import AssessmentScoredEvent  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, AssessmentScoredEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, AlertRaisedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, AlertAcknowledgedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, AlertActionedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, AlertEscalatedEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, AlertClosedEvent):
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
        from ..models.alert_acknowledged_event import AlertAcknowledgedEvent  # noqa: PLC0415
        from ..models.alert_actioned_event import AlertActionedEvent  # noqa: PLC0415
        from ..models.alert_closed_event import AlertClosedEvent  # noqa: PLC0415
        from ..models.alert_escalated_event import AlertEscalatedEvent  # noqa: PLC0415
        from ..models.alert_raised_event import AlertRaisedEvent  # noqa: PLC0415
        from ..models.assessment_scored_event import AssessmentScoredEvent  # noqa: PLC0415
        from ..models.staff_survey_closed_event import StaffSurveyClosedEvent  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                AlertAcknowledgedEvent
                | AlertActionedEvent
                | AlertClosedEvent
                | AlertEscalatedEvent
                | AlertRaisedEvent
                | AssessmentScoredEvent
                | StaffSurveyClosedEvent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0 = AssessmentScoredEvent.from_dict(data)

                    return items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_1 = AlertRaisedEvent.from_dict(data)

                    return items_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_2 = AlertAcknowledgedEvent.from_dict(data)

                    return items_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_3 = AlertActionedEvent.from_dict(data)

                    return items_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_4 = AlertEscalatedEvent.from_dict(data)

                    return items_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_5 = AlertClosedEvent.from_dict(data)

                    return items_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_6 = StaffSurveyClosedEvent.from_dict(data)

                return items_item_type_6

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

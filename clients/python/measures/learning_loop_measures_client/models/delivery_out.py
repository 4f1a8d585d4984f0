from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_out_event_type import DeliveryOutEventType
from ..models.delivery_out_state import DeliveryOutState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attempt_out import AttemptOut


T = TypeVar("T", bound="DeliveryOut")


@_attrs_define
class DeliveryOut:
    """One message to the endpoint and what became of it.

    Attributes:
        delivery_id (str): The `webhook-id` header: the same on every retry, so receivers dedupe on it.
        event_type (DeliveryOutEventType): What the message announced.
        alert_id (str): The alert it is about (fetch it with GET /v1/alerts/{id}).
        state (DeliveryOutState): `pending` (will be tried, see next_attempt_at), `delivered` (a 2xx came back),
            `failed` (gave up), `cancelled` (endpoint deleted or disabled).
        attempts (int): Attempts in the current retry cycle (back to 0 when the delivery is recovered; `attempt_log`
            keeps them all).
        created_at (datetime.datetime): When the alert event was written (UTC).
        attempt_log (list[AttemptOut]): Every attempt, oldest first.
        next_attempt_at (datetime.datetime | None | Unset): When the next attempt is due (pending only).
        last_status_code (int | None | Unset): Status of the last attempt.
        delivered_at (datetime.datetime | None | Unset): When a 2xx came back.
    """

    delivery_id: str
    event_type: DeliveryOutEventType
    alert_id: str
    state: DeliveryOutState
    attempts: int
    created_at: datetime.datetime
    attempt_log: list[AttemptOut]
    next_attempt_at: datetime.datetime | None | Unset = UNSET
    last_status_code: int | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        event_type = self.event_type.value

        alert_id = self.alert_id

        state = self.state.value

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        attempt_log = []
        for attempt_log_item_data in self.attempt_log:
            attempt_log_item = attempt_log_item_data.to_dict()
            attempt_log.append(attempt_log_item)

        next_attempt_at: None | str | Unset
        if isinstance(self.next_attempt_at, Unset):
            next_attempt_at = UNSET
        elif isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        last_status_code: int | None | Unset
        if isinstance(self.last_status_code, Unset):
            last_status_code = UNSET
        else:
            last_status_code = self.last_status_code

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_id": delivery_id,
                "event_type": event_type,
                "alert_id": alert_id,
                "state": state,
                "attempts": attempts,
                "created_at": created_at,
                "attempt_log": attempt_log,
            }
        )
        if next_attempt_at is not UNSET:
            field_dict["next_attempt_at"] = next_attempt_at
        if last_status_code is not UNSET:
            field_dict["last_status_code"] = last_status_code
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt_out import AttemptOut  # noqa: PLC0415

        d = dict(src_dict)
        delivery_id = d.pop("delivery_id")

        event_type = DeliveryOutEventType(d.pop("event_type"))

        alert_id = d.pop("alert_id")

        state = DeliveryOutState(d.pop("state"))

        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        attempt_log = []
        _attempt_log = d.pop("attempt_log")
        for attempt_log_item_data in _attempt_log:
            attempt_log_item = AttemptOut.from_dict(attempt_log_item_data)

            attempt_log.append(attempt_log_item)

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at", UNSET))

        def _parse_last_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_status_code = _parse_last_status_code(d.pop("last_status_code", UNSET))

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        delivery_out = cls(
            delivery_id=delivery_id,
            event_type=event_type,
            alert_id=alert_id,
            state=state,
            attempts=attempts,
            created_at=created_at,
            attempt_log=attempt_log,
            next_attempt_at=next_attempt_at,
            last_status_code=last_status_code,
            delivered_at=delivered_at,
        )

        delivery_out.additional_properties = d
        return delivery_out

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

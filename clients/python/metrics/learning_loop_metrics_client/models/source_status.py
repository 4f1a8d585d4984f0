from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SourceStatus")


@_attrs_define
class SourceStatus:
    """How far metrics has applied one source's feed.

    Attributes:
        source (str): The producing service.
        cursor (None | str): The feed position applied so far (null: nothing yet).
        events_applied (int): Events consumed from this feed.
        last_event_time (datetime.datetime | None): Commit time of the last event applied.
        caught_up (bool): The last poll found nothing more to apply, it was made by the consumer holding the feed's
            lease now, no failure came since, and that consumer is alive (`holder_alive`). False while the feed waits behind
            a dead consumer, from at most `heartbeat_seconds` after its death.
        caught_up_at (datetime.datetime | None): When metrics last had everything the source had.
        lag_seconds (float | None): How stale metrics may be for this source: seconds since it was last caught up, or
            (never caught up since the last reset) since the last event applied.
        last_error (None | str): The last failure reading the feed, cleared by the next good poll.
        failures (int): Failed polls in a row.
        last_failed_at (datetime.datetime | None): When the last poll failed.
        lease_holder (None | str): The consumer applying this feed (host:pid:id), while its lease is current (a dead
            holder's lease is shown until another consumer takes it).
        lease_expires_at (datetime.datetime | None): When that lease runs out unrenewed.
        lease_taken_at (datetime.datetime | None): Since when that holder has held the lease; a "caught up" from before
            then was its predecessor's and does not count.
        holder_alive (bool): The lease holder's process beat within `heartbeat_seconds` (a holder without a heartbeat,
            such as a rebuild: its lease is current). False when no consumer holds the feed; another consumer takes a dead
            holder's feed at its next poll.
        holder_seen_at (datetime.datetime | None): When the lease holder's heartbeat was last seen (null: it has none).
    """

    source: str
    cursor: None | str
    events_applied: int
    last_event_time: datetime.datetime | None
    caught_up: bool
    caught_up_at: datetime.datetime | None
    lag_seconds: float | None
    last_error: None | str
    failures: int
    last_failed_at: datetime.datetime | None
    lease_holder: None | str
    lease_expires_at: datetime.datetime | None
    lease_taken_at: datetime.datetime | None
    holder_alive: bool
    holder_seen_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        cursor: None | str
        cursor = self.cursor

        events_applied = self.events_applied

        last_event_time: None | str
        if isinstance(self.last_event_time, datetime.datetime):
            last_event_time = self.last_event_time.isoformat()
        else:
            last_event_time = self.last_event_time

        caught_up = self.caught_up

        caught_up_at: None | str
        if isinstance(self.caught_up_at, datetime.datetime):
            caught_up_at = self.caught_up_at.isoformat()
        else:
            caught_up_at = self.caught_up_at

        lag_seconds: float | None
        lag_seconds = self.lag_seconds

        last_error: None | str
        last_error = self.last_error

        failures = self.failures

        last_failed_at: None | str
        if isinstance(self.last_failed_at, datetime.datetime):
            last_failed_at = self.last_failed_at.isoformat()
        else:
            last_failed_at = self.last_failed_at

        lease_holder: None | str
        lease_holder = self.lease_holder

        lease_expires_at: None | str
        if isinstance(self.lease_expires_at, datetime.datetime):
            lease_expires_at = self.lease_expires_at.isoformat()
        else:
            lease_expires_at = self.lease_expires_at

        lease_taken_at: None | str
        if isinstance(self.lease_taken_at, datetime.datetime):
            lease_taken_at = self.lease_taken_at.isoformat()
        else:
            lease_taken_at = self.lease_taken_at

        holder_alive = self.holder_alive

        holder_seen_at: None | str
        if isinstance(self.holder_seen_at, datetime.datetime):
            holder_seen_at = self.holder_seen_at.isoformat()
        else:
            holder_seen_at = self.holder_seen_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "cursor": cursor,
                "events_applied": events_applied,
                "last_event_time": last_event_time,
                "caught_up": caught_up,
                "caught_up_at": caught_up_at,
                "lag_seconds": lag_seconds,
                "last_error": last_error,
                "failures": failures,
                "last_failed_at": last_failed_at,
                "lease_holder": lease_holder,
                "lease_expires_at": lease_expires_at,
                "lease_taken_at": lease_taken_at,
                "holder_alive": holder_alive,
                "holder_seen_at": holder_seen_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        def _parse_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cursor = _parse_cursor(d.pop("cursor"))

        events_applied = d.pop("events_applied")

        def _parse_last_event_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_event_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_event_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_event_time = _parse_last_event_time(d.pop("last_event_time"))

        caught_up = d.pop("caught_up")

        def _parse_caught_up_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                caught_up_at_type_0 = datetime.datetime.fromisoformat(data)

                return caught_up_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        caught_up_at = _parse_caught_up_at(d.pop("caught_up_at"))

        def _parse_lag_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        lag_seconds = _parse_lag_seconds(d.pop("lag_seconds"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        failures = d.pop("failures")

        def _parse_last_failed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_failed_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_failed_at = _parse_last_failed_at(d.pop("last_failed_at"))

        def _parse_lease_holder(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lease_holder = _parse_lease_holder(d.pop("lease_holder"))

        def _parse_lease_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lease_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return lease_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        lease_expires_at = _parse_lease_expires_at(d.pop("lease_expires_at"))

        def _parse_lease_taken_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lease_taken_at_type_0 = datetime.datetime.fromisoformat(data)

                return lease_taken_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        lease_taken_at = _parse_lease_taken_at(d.pop("lease_taken_at"))

        holder_alive = d.pop("holder_alive")

        def _parse_holder_seen_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                holder_seen_at_type_0 = datetime.datetime.fromisoformat(data)

                return holder_seen_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        holder_seen_at = _parse_holder_seen_at(d.pop("holder_seen_at"))

        source_status = cls(
            source=source,
            cursor=cursor,
            events_applied=events_applied,
            last_event_time=last_event_time,
            caught_up=caught_up,
            caught_up_at=caught_up_at,
            lag_seconds=lag_seconds,
            last_error=last_error,
            failures=failures,
            last_failed_at=last_failed_at,
            lease_holder=lease_holder,
            lease_expires_at=lease_expires_at,
            lease_taken_at=lease_taken_at,
            holder_alive=holder_alive,
            holder_seen_at=holder_seen_at,
        )

        source_status.additional_properties = d
        return source_status

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

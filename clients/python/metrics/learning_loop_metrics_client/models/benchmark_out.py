from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.benchmark_out_filters import BenchmarkOutFilters
    from ..models.benchmark_period_out import BenchmarkPeriodOut
    from ..models.peer_out import PeerOut


T = TypeVar("T", bound="BenchmarkOut")


@_attrs_define
class BenchmarkOut:
    """Your organization's metric against the anonymized peers of a collaborative.

    Attributes:
        metric_id (str): The metric.
        better (str): `higher` or `lower` is better.
        collaborative_id (str): The collaborative.
        period (str): Period length.
        min_peers (int): Fewest peers a comparison needs.
        filters (BenchmarkOutFilters): Filters applied.
        periods (list[BenchmarkPeriodOut]): One entry per period.
        peers (list[PeerOut]): The other members, named ones first: each under the name it chose to be named by, or its
            anonymous label (`org` is always null here). No peer's value is shown.
        note (None | str): Said when no period has a comparison.
    """

    metric_id: str
    better: str
    collaborative_id: str
    period: str
    min_peers: int
    filters: BenchmarkOutFilters
    periods: list[BenchmarkPeriodOut]
    peers: list[PeerOut]
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        better = self.better

        collaborative_id = self.collaborative_id

        period = self.period

        min_peers = self.min_peers

        filters = self.filters.to_dict()

        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)

        peers = []
        for peers_item_data in self.peers:
            peers_item = peers_item_data.to_dict()
            peers.append(peers_item)

        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "better": better,
                "collaborative_id": collaborative_id,
                "period": period,
                "min_peers": min_peers,
                "filters": filters,
                "periods": periods,
                "peers": peers,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benchmark_out_filters import BenchmarkOutFilters  # noqa: PLC0415
        from ..models.benchmark_period_out import BenchmarkPeriodOut  # noqa: PLC0415
        from ..models.peer_out import PeerOut  # noqa: PLC0415

        d = dict(src_dict)
        metric_id = d.pop("metric_id")

        better = d.pop("better")

        collaborative_id = d.pop("collaborative_id")

        period = d.pop("period")

        min_peers = d.pop("min_peers")

        filters = BenchmarkOutFilters.from_dict(d.pop("filters"))

        periods = []
        _periods = d.pop("periods")
        for periods_item_data in _periods:
            periods_item = BenchmarkPeriodOut.from_dict(periods_item_data)

            periods.append(periods_item)

        peers = []
        _peers = d.pop("peers")
        for peers_item_data in _peers:
            peers_item = PeerOut.from_dict(peers_item_data)

            peers.append(peers_item)

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        benchmark_out = cls(
            metric_id=metric_id,
            better=better,
            collaborative_id=collaborative_id,
            period=period,
            min_peers=min_peers,
            filters=filters,
            periods=periods,
            peers=peers,
            note=note,
        )

        benchmark_out.additional_properties = d
        return benchmark_out

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

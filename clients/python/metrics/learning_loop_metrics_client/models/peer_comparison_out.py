from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PeerComparisonOut")


@_attrs_define
class PeerComparisonOut:
    """Where your organization stands among its anonymized peers.

    Attributes:
        percentile_rank (float): Share of peers below your value plus half of those equal, 0 to 100.
        peer_count (int): Peers with a published value.
        peer_q1 (float | None): Peers' first quartile (Harrell-Davis, rounded to 4 places); null when it would equal one
            peer's exact value.
        peer_median (float | None): Peers' median, computed and withheld like `peer_q1`.
        peer_q3 (float | None): Peers' third quartile, computed and withheld like `peer_q1`.
    """

    percentile_rank: float
    peer_count: int
    peer_q1: float | None
    peer_median: float | None
    peer_q3: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percentile_rank = self.percentile_rank

        peer_count = self.peer_count

        peer_q1: float | None
        peer_q1 = self.peer_q1

        peer_median: float | None
        peer_median = self.peer_median

        peer_q3: float | None
        peer_q3 = self.peer_q3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "percentile_rank": percentile_rank,
                "peer_count": peer_count,
                "peer_q1": peer_q1,
                "peer_median": peer_median,
                "peer_q3": peer_q3,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        percentile_rank = d.pop("percentile_rank")

        peer_count = d.pop("peer_count")

        def _parse_peer_q1(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        peer_q1 = _parse_peer_q1(d.pop("peer_q1"))

        def _parse_peer_median(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        peer_median = _parse_peer_median(d.pop("peer_median"))

        def _parse_peer_q3(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        peer_q3 = _parse_peer_q3(d.pop("peer_q3"))

        peer_comparison_out = cls(
            percentile_rank=percentile_rank,
            peer_count=peer_count,
            peer_q1=peer_q1,
            peer_median=peer_median,
            peer_q3=peer_q3,
        )

        peer_comparison_out.additional_properties = d
        return peer_comparison_out

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

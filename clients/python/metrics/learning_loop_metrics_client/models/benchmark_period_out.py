from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.peer_comparison_out import PeerComparisonOut
    from ..models.value_out import ValueOut


T = TypeVar("T", bound="BenchmarkPeriodOut")


@_attrs_define
class BenchmarkPeriodOut:
    """One period: your value and, with enough peers, the comparison.

    Attributes:
        period (datetime.date): First day of the period.
        own (None | ValueOut): Your organization's value (null: no facts).
        peers_with_value (int): Peers whose own value for the period is published.
        comparison (None | PeerComparisonOut): Null when there is no comparison (see `reason`).
        reason (None | str): Why there is no comparison: `too_few_peers`, `own_value_suppressed`, `no_own_value`.
    """

    period: datetime.date
    own: None | ValueOut
    peers_with_value: int
    comparison: None | PeerComparisonOut
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.peer_comparison_out import PeerComparisonOut  # noqa: PLC0415
        from ..models.value_out import ValueOut  # noqa: PLC0415

        period = self.period.isoformat()

        own: dict[str, Any] | None
        if isinstance(self.own, ValueOut):
            own = self.own.to_dict()
        else:
            own = self.own

        peers_with_value = self.peers_with_value

        comparison: dict[str, Any] | None
        if isinstance(self.comparison, PeerComparisonOut):
            comparison = self.comparison.to_dict()
        else:
            comparison = self.comparison

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "own": own,
                "peers_with_value": peers_with_value,
                "comparison": comparison,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.peer_comparison_out import PeerComparisonOut  # noqa: PLC0415
        from ..models.value_out import ValueOut  # noqa: PLC0415

        d = dict(src_dict)
        period = datetime.date.fromisoformat(d.pop("period"))

        def _parse_own(data: object) -> None | ValueOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                own_type_0 = ValueOut.from_dict(data)

                return own_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ValueOut, data)

        own = _parse_own(d.pop("own"))

        peers_with_value = d.pop("peers_with_value")

        def _parse_comparison(data: object) -> None | PeerComparisonOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comparison_type_0 = PeerComparisonOut.from_dict(data)

                return comparison_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PeerComparisonOut, data)

        comparison = _parse_comparison(d.pop("comparison"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        benchmark_period_out = cls(
            period=period,
            own=own,
            peers_with_value=peers_with_value,
            comparison=comparison,
            reason=reason,
        )

        benchmark_period_out.additional_properties = d
        return benchmark_period_out

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparison_out_kind import ComparisonOutKind

if TYPE_CHECKING:
    from ..models.interval_out import IntervalOut


T = TypeVar("T", bound="ComparisonOut")


@_attrs_define
class ComparisonOut:
    """Controlled interrupted time series against a comparison series without the change
    (Linden 2015): the differences between the two series' level and slope changes.

        Attributes:
            kind (ComparisonOutKind): `unit`: another unit of your organization; `peer-median`: the median of a
                collaborative's peers, period by period, as the benchmark route publishes it.
            unit_id (str): The comparison unit, or the collaborative.
            points (int): Points of both series in the fit.
            level_change_difference (IntervalOut): A point estimate with its 95% confidence interval.
            slope_change_difference (IntervalOut): A point estimate with its 95% confidence interval.
            descriptive_only (bool): Fewer than 8 points on a side.
    """

    kind: ComparisonOutKind
    unit_id: str
    points: int
    level_change_difference: IntervalOut
    slope_change_difference: IntervalOut
    descriptive_only: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        unit_id = self.unit_id

        points = self.points

        level_change_difference = self.level_change_difference.to_dict()

        slope_change_difference = self.slope_change_difference.to_dict()

        descriptive_only = self.descriptive_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "unit_id": unit_id,
                "points": points,
                "level_change_difference": level_change_difference,
                "slope_change_difference": slope_change_difference,
                "descriptive_only": descriptive_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interval_out import IntervalOut  # noqa: PLC0415

        d = dict(src_dict)
        kind = ComparisonOutKind(d.pop("kind"))

        unit_id = d.pop("unit_id")

        points = d.pop("points")

        level_change_difference = IntervalOut.from_dict(d.pop("level_change_difference"))

        slope_change_difference = IntervalOut.from_dict(d.pop("slope_change_difference"))

        descriptive_only = d.pop("descriptive_only")

        comparison_out = cls(
            kind=kind,
            unit_id=unit_id,
            points=points,
            level_change_difference=level_change_difference,
            slope_change_difference=slope_change_difference,
            descriptive_only=descriptive_only,
        )

        comparison_out.additional_properties = d
        return comparison_out

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pair_out import PairOut


T = TypeVar("T", bound="AssociationOut")


@_attrs_define
class AssociationOut:
    """Both metrics per team and period where both are published, and how they go together.

    Attributes:
        x (str): The first metric.
        y (str): The second metric.
        period (str): Period length of the values.
        pairs (list[PairOut]): Each team-period with both values published.
        n (int): Number of pairs.
        teams (int): Number of distinct teams among the pairs.
        pearson (float | None): Pearson's r (null when a metric does not vary).
        pearson_lower (float | None): Lower 95% bound (Fisher z).
        pearson_upper (float | None): Upper 95% bound (Fisher z).
        spearman (float | None): Spearman's rank correlation.
        caveats (list[str]): How to read it, in plain words.
    """

    x: str
    y: str
    period: str
    pairs: list[PairOut]
    n: int
    teams: int
    pearson: float | None
    pearson_lower: float | None
    pearson_upper: float | None
    spearman: float | None
    caveats: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        period = self.period

        pairs = []
        for pairs_item_data in self.pairs:
            pairs_item = pairs_item_data.to_dict()
            pairs.append(pairs_item)

        n = self.n

        teams = self.teams

        pearson: float | None
        pearson = self.pearson

        pearson_lower: float | None
        pearson_lower = self.pearson_lower

        pearson_upper: float | None
        pearson_upper = self.pearson_upper

        spearman: float | None
        spearman = self.spearman

        caveats = self.caveats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
                "period": period,
                "pairs": pairs,
                "n": n,
                "teams": teams,
                "pearson": pearson,
                "pearson_lower": pearson_lower,
                "pearson_upper": pearson_upper,
                "spearman": spearman,
                "caveats": caveats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pair_out import PairOut  # noqa: PLC0415

        d = dict(src_dict)
        x = d.pop("x")

        y = d.pop("y")

        period = d.pop("period")

        pairs = []
        _pairs = d.pop("pairs")
        for pairs_item_data in _pairs:
            pairs_item = PairOut.from_dict(pairs_item_data)

            pairs.append(pairs_item)

        n = d.pop("n")

        teams = d.pop("teams")

        def _parse_pearson(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pearson = _parse_pearson(d.pop("pearson"))

        def _parse_pearson_lower(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pearson_lower = _parse_pearson_lower(d.pop("pearson_lower"))

        def _parse_pearson_upper(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pearson_upper = _parse_pearson_upper(d.pop("pearson_upper"))

        def _parse_spearman(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spearman = _parse_spearman(d.pop("spearman"))

        caveats = cast(list[str], d.pop("caveats"))

        association_out = cls(
            x=x,
            y=y,
            period=period,
            pairs=pairs,
            n=n,
            teams=teams,
            pearson=pearson,
            pearson_lower=pearson_lower,
            pearson_upper=pearson_upper,
            spearman=spearman,
            caveats=caveats,
        )

        association_out.additional_properties = d
        return association_out

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternative import Alternative


T = TypeVar("T", bound="RemissionRule")


@_attrs_define
class RemissionRule:
    """Remission: a score below a threshold, for patients who were cases at baseline.

    Attributes:
        sources (list[str]): Ids of the instrument's `sources` this fact comes from.
        below (float): Remission when the score is strictly below this.
        note (None | str | Unset): Remarks on the fact: discrepancies between sources, caveats.
        alternatives (list[Alternative] | Unset): Values other sources give for the same fact.
        baseline_at_least (float | None | Unset): Only patients whose baseline reached this (and the caseness cut-off)
            can remit; null: the caseness cut-off alone decides.
    """

    sources: list[str]
    below: float
    note: None | str | Unset = UNSET
    alternatives: list[Alternative] | Unset = UNSET
    baseline_at_least: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sources = self.sources

        below = self.below

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        alternatives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternatives, Unset):
            alternatives = []
            for alternatives_item_data in self.alternatives:
                alternatives_item = alternatives_item_data.to_dict()
                alternatives.append(alternatives_item)

        baseline_at_least: float | None | Unset
        if isinstance(self.baseline_at_least, Unset):
            baseline_at_least = UNSET
        else:
            baseline_at_least = self.baseline_at_least

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sources": sources,
                "below": below,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if baseline_at_least is not UNSET:
            field_dict["baseline_at_least"] = baseline_at_least

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alternative import Alternative  # noqa: PLC0415

        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))

        below = d.pop("below")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        _alternatives = d.pop("alternatives", UNSET)
        alternatives: list[Alternative] | Unset = UNSET
        if _alternatives is not UNSET:
            alternatives = []
            for alternatives_item_data in _alternatives:
                alternatives_item = Alternative.from_dict(alternatives_item_data)

                alternatives.append(alternatives_item)

        def _parse_baseline_at_least(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        baseline_at_least = _parse_baseline_at_least(d.pop("baseline_at_least", UNSET))

        remission_rule = cls(
            sources=sources,
            below=below,
            note=note,
            alternatives=alternatives,
            baseline_at_least=baseline_at_least,
        )

        return remission_rule

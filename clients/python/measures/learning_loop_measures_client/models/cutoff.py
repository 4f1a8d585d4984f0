from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.cutoff_direction import CutoffDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternative import Alternative
    from ..models.cutoff_populations import CutoffPopulations


T = TypeVar("T", bound="Cutoff")


@_attrs_define
class Cutoff:
    """Caseness: the score at which a screen is positive (``populations`` can differ).

    Attributes:
        sources (list[str]): Ids of the instrument's `sources` this fact comes from.
        threshold (float): The cut-off score.
        label (str): What a positive screen means.
        note (None | str | Unset): Remarks on the fact: discrepancies between sources, caveats.
        alternatives (list[Alternative] | Unset): Values other sources give for the same fact.
        direction (CutoffDirection | Unset): Positive at or above the threshold, or at or below it. Default:
            CutoffDirection.AT_OR_ABOVE.
        populations (CutoffPopulations | Unset): Threshold per population where it differs (AUDIT-C: male, female).
    """

    sources: list[str]
    threshold: float
    label: str
    note: None | str | Unset = UNSET
    alternatives: list[Alternative] | Unset = UNSET
    direction: CutoffDirection | Unset = CutoffDirection.AT_OR_ABOVE
    populations: CutoffPopulations | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sources = self.sources

        threshold = self.threshold

        label = self.label

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

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        populations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.populations, Unset):
            populations = self.populations.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sources": sources,
                "threshold": threshold,
                "label": label,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if direction is not UNSET:
            field_dict["direction"] = direction
        if populations is not UNSET:
            field_dict["populations"] = populations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alternative import Alternative  # noqa: PLC0415
        from ..models.cutoff_populations import CutoffPopulations  # noqa: PLC0415

        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))

        threshold = d.pop("threshold")

        label = d.pop("label")

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

        _direction = d.pop("direction", UNSET)
        direction: CutoffDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = CutoffDirection(_direction)

        _populations = d.pop("populations", UNSET)
        populations: CutoffPopulations | Unset
        if isinstance(_populations, Unset):
            populations = UNSET
        else:
            populations = CutoffPopulations.from_dict(_populations)

        cutoff = cls(
            sources=sources,
            threshold=threshold,
            label=label,
            note=note,
            alternatives=alternatives,
            direction=direction,
            populations=populations,
        )

        return cutoff

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternative import Alternative
    from ..models.level import Level


T = TypeVar("T", bound="Classification")


@_attrs_define
class Classification:
    """Ordered levels; the first whose condition holds wins, else ``default``.

    With items unanswered, a level may be undecided (neither holding nor ruled out). Levels are
    tried most severe first, so the first level that is not ruled out decides: if it holds it
    is the result, if it is undecided the result is ``indeterminate`` (a missing answer never
    lets a less severe level, or the default, stand in for one that cannot be excluded).

        Attributes:
            sources (list[str]): Ids of the instrument's `sources` this fact comes from.
            id (str): Classification id, its key in `classifications`.
            label (str): What is classified.
            levels (list[Level]): Levels, most severe first, tried in order.
            default (Level): One level of a classification.
            note (None | str | Unset): Remarks on the fact: discrepancies between sources, caveats.
            alternatives (list[Alternative] | Unset): Values other sources give for the same fact.
            indeterminate (Level | Unset): One level of a classification.
    """

    sources: list[str]
    id: str
    label: str
    levels: list[Level]
    default: Level
    note: None | str | Unset = UNSET
    alternatives: list[Alternative] | Unset = UNSET
    indeterminate: Level | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sources = self.sources

        id = self.id

        label = self.label

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        default = self.default.to_dict()

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

        indeterminate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indeterminate, Unset):
            indeterminate = self.indeterminate.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sources": sources,
                "id": id,
                "label": label,
                "levels": levels,
                "default": default,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if indeterminate is not UNSET:
            field_dict["indeterminate"] = indeterminate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alternative import Alternative  # noqa: PLC0415
        from ..models.level import Level  # noqa: PLC0415

        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))

        id = d.pop("id")

        label = d.pop("label")

        levels = []
        _levels = d.pop("levels")
        for levels_item_data in _levels:
            levels_item = Level.from_dict(levels_item_data)

            levels.append(levels_item)

        default = Level.from_dict(d.pop("default"))

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

        _indeterminate = d.pop("indeterminate", UNSET)
        indeterminate: Level | Unset
        if isinstance(_indeterminate, Unset):
            indeterminate = UNSET
        else:
            indeterminate = Level.from_dict(_indeterminate)

        classification = cls(
            sources=sources,
            id=id,
            label=label,
            levels=levels,
            default=default,
            note=note,
            alternatives=alternatives,
            indeterminate=indeterminate,
        )

        return classification

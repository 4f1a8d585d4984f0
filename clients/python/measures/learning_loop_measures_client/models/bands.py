from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternative import Alternative
    from ..models.band import Band


T = TypeVar("T", bound="Bands")


@_attrs_define
class Bands:
    """The severity bands of a scale and where they come from.

    Attributes:
        sources (list[str]): Ids of the instrument's `sources` this fact comes from.
        bands (list[Band]): The bands, lowest first, covering the whole scale.
        note (None | str | Unset): Remarks on the fact: discrepancies between sources, caveats.
        alternatives (list[Alternative] | Unset): Values other sources give for the same fact.
    """

    sources: list[str]
    bands: list[Band]
    note: None | str | Unset = UNSET
    alternatives: list[Alternative] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sources = self.sources

        bands = []
        for bands_item_data in self.bands:
            bands_item = bands_item_data.to_dict()
            bands.append(bands_item)

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sources": sources,
                "bands": bands,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alternative import Alternative  # noqa: PLC0415
        from ..models.band import Band  # noqa: PLC0415

        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))

        bands = []
        _bands = d.pop("bands")
        for bands_item_data in _bands:
            bands_item = Band.from_dict(bands_item_data)

            bands.append(bands_item)

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

        bands = cls(
            sources=sources,
            bands=bands,
            note=note,
            alternatives=alternatives,
        )

        return bands

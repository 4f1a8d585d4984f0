from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basis import Basis


T = TypeVar("T", bound="RuptureRules")


@_attrs_define
class RuptureRules:
    """When a submission signals a rupture of the working alliance (rules in :mod:`.rupture`).

    ``at_or_below``: an item answered at or below this value. ``drop_of``: an item answered at
    least this many points below the same patient's previous submission of the form. Either or
    both; each rule reads every item in ``items``. ``sources`` cite the published basis.

        Attributes:
            items (list[str]): The Likert items the rules read.
            sources (list[Basis]):
            at_or_below (int | None | Unset): Fires at or below this value.
            drop_of (int | None | Unset): Fires on a drop this large.
    """

    items: list[str]
    sources: list[Basis]
    at_or_below: int | None | Unset = UNSET
    drop_of: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items = self.items

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        at_or_below: int | None | Unset
        if isinstance(self.at_or_below, Unset):
            at_or_below = UNSET
        else:
            at_or_below = self.at_or_below

        drop_of: int | None | Unset
        if isinstance(self.drop_of, Unset):
            drop_of = UNSET
        else:
            drop_of = self.drop_of

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "sources": sources,
            }
        )
        if at_or_below is not UNSET:
            field_dict["at_or_below"] = at_or_below
        if drop_of is not UNSET:
            field_dict["drop_of"] = drop_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basis import Basis  # noqa: PLC0415

        d = dict(src_dict)
        items = cast(list[str], d.pop("items"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Basis.from_dict(sources_item_data)

            sources.append(sources_item)

        def _parse_at_or_below(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        at_or_below = _parse_at_or_below(d.pop("at_or_below", UNSET))

        def _parse_drop_of(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        drop_of = _parse_drop_of(d.pop("drop_of", UNSET))

        rupture_rules = cls(
            items=items,
            sources=sources,
            at_or_below=at_or_below,
            drop_of=drop_of,
        )

        return rupture_rules

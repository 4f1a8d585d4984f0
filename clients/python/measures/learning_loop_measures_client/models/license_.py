from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternative import Alternative


T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """Who holds the instrument's rights and what use they allow.

    Attributes:
        sources (list[str]): Ids of the instrument's `sources` this fact comes from.
        holder (str): The rights holder.
        statement (str): The permission statement, as published.
        commercial_use_restricted (bool): True when commercial use needs the holder's permission: the instrument stays
            off until an organisation enables it.
        note (None | str | Unset): Remarks on the fact: discrepancies between sources, caveats.
        alternatives (list[Alternative] | Unset): Values other sources give for the same fact.
        conditions (list[str] | Unset): Conditions of use (attribution, no modification, ...).
    """

    sources: list[str]
    holder: str
    statement: str
    commercial_use_restricted: bool
    note: None | str | Unset = UNSET
    alternatives: list[Alternative] | Unset = UNSET
    conditions: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sources = self.sources

        holder = self.holder

        statement = self.statement

        commercial_use_restricted = self.commercial_use_restricted

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

        conditions: list[str] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sources": sources,
                "holder": holder,
                "statement": statement,
                "commercial_use_restricted": commercial_use_restricted,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alternative import Alternative  # noqa: PLC0415

        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))

        holder = d.pop("holder")

        statement = d.pop("statement")

        commercial_use_restricted = d.pop("commercial_use_restricted")

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

        conditions = cast(list[str], d.pop("conditions", UNSET))

        license_ = cls(
            sources=sources,
            holder=holder,
            statement=statement,
            commercial_use_restricted=commercial_use_restricted,
            note=note,
            alternatives=alternatives,
            conditions=conditions,
        )

        return license_

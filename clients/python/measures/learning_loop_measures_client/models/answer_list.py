from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternative import Alternative
    from ..models.answer_option import AnswerOption


T = TypeVar("T", bound="AnswerList")


@_attrs_define
class AnswerList:
    """The choices an item offers, shared by the items that name it.

    Attributes:
        sources (list[str]): Ids of the instrument's `sources` this fact comes from.
        id (str): Id items refer to in `answers`.
        options (list[AnswerOption]): The choices, in display order.
        note (None | str | Unset): Remarks on the fact: discrepancies between sources, caveats.
        alternatives (list[Alternative] | Unset): Values other sources give for the same fact.
        loinc (None | str | Unset): LOINC answer list id (LL...), if any.
        boolean (bool | Unset): A yes/no list: FHIR valueBoolean true/false maps to 1/0. Default: False.
    """

    sources: list[str]
    id: str
    options: list[AnswerOption]
    note: None | str | Unset = UNSET
    alternatives: list[Alternative] | Unset = UNSET
    loinc: None | str | Unset = UNSET
    boolean: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        sources = self.sources

        id = self.id

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

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

        loinc: None | str | Unset
        if isinstance(self.loinc, Unset):
            loinc = UNSET
        else:
            loinc = self.loinc

        boolean = self.boolean

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sources": sources,
                "id": id,
                "options": options,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if alternatives is not UNSET:
            field_dict["alternatives"] = alternatives
        if loinc is not UNSET:
            field_dict["loinc"] = loinc
        if boolean is not UNSET:
            field_dict["boolean"] = boolean

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alternative import Alternative  # noqa: PLC0415
        from ..models.answer_option import AnswerOption  # noqa: PLC0415

        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))

        id = d.pop("id")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = AnswerOption.from_dict(options_item_data)

            options.append(options_item)

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

        def _parse_loinc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        loinc = _parse_loinc(d.pop("loinc", UNSET))

        boolean = d.pop("boolean", UNSET)

        answer_list = cls(
            sources=sources,
            id=id,
            options=options,
            note=note,
            alternatives=alternatives,
            loinc=loinc,
            boolean=boolean,
        )

        return answer_list

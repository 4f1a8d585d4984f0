from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enable_when import EnableWhen


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """One question of the instrument.

    Attributes:
        id (str): Item id, the key of its answer in `answers`.
        label (str): Short topic label for staff; not the licensed wording.
        answers (str): Id of the item's answer list.
        text (None | str | Unset): Published wording, only where a source gives it verbatim.
        loinc (None | str | Unset): LOINC code of the question, if any.
        scored (bool | Unset): Counts towards the total and subscales. Default: True.
        required (bool | None | Unset): Must be answered for a complete response; defaults to scored.
        reverse (bool | Unset): Reverse-scored: the answer counts as (max - value + min). Default: False.
        enable_when (EnableWhen | None | Unset): Skip logic: asked only when this holds; always asked if null.
        value_if_skipped (int | None | Unset): Answer value assumed when skip logic did not ask the item.
    """

    id: str
    label: str
    answers: str
    text: None | str | Unset = UNSET
    loinc: None | str | Unset = UNSET
    scored: bool | Unset = True
    required: bool | None | Unset = UNSET
    reverse: bool | Unset = False
    enable_when: EnableWhen | None | Unset = UNSET
    value_if_skipped: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.enable_when import EnableWhen  # noqa: PLC0415

        id = self.id

        label = self.label

        answers = self.answers

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        loinc: None | str | Unset
        if isinstance(self.loinc, Unset):
            loinc = UNSET
        else:
            loinc = self.loinc

        scored = self.scored

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        reverse = self.reverse

        enable_when: dict[str, Any] | None | Unset
        if isinstance(self.enable_when, Unset):
            enable_when = UNSET
        elif isinstance(self.enable_when, EnableWhen):
            enable_when = self.enable_when.to_dict()
        else:
            enable_when = self.enable_when

        value_if_skipped: int | None | Unset
        if isinstance(self.value_if_skipped, Unset):
            value_if_skipped = UNSET
        else:
            value_if_skipped = self.value_if_skipped

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "label": label,
                "answers": answers,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if loinc is not UNSET:
            field_dict["loinc"] = loinc
        if scored is not UNSET:
            field_dict["scored"] = scored
        if required is not UNSET:
            field_dict["required"] = required
        if reverse is not UNSET:
            field_dict["reverse"] = reverse
        if enable_when is not UNSET:
            field_dict["enable_when"] = enable_when
        if value_if_skipped is not UNSET:
            field_dict["value_if_skipped"] = value_if_skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enable_when import EnableWhen  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        answers = d.pop("answers")

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_loinc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        loinc = _parse_loinc(d.pop("loinc", UNSET))

        scored = d.pop("scored", UNSET)

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        reverse = d.pop("reverse", UNSET)

        def _parse_enable_when(data: object) -> EnableWhen | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enable_when_type_0 = EnableWhen.from_dict(data)

                return enable_when_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnableWhen | None | Unset, data)

        enable_when = _parse_enable_when(d.pop("enable_when", UNSET))

        def _parse_value_if_skipped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value_if_skipped = _parse_value_if_skipped(d.pop("value_if_skipped", UNSET))

        item = cls(
            id=id,
            label=label,
            answers=answers,
            text=text,
            loinc=loinc,
            scored=scored,
            required=required,
            reverse=reverse,
            enable_when=enable_when,
            value_if_skipped=value_if_skipped,
        )

        return item

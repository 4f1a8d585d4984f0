from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnswerOption")


@_attrs_define
class AnswerOption:
    """One choice of an answer list.

    Attributes:
        value (int): The option's answer value, before any reverse scoring.
        text (str): The option's display text.
        code (None | str | Unset): LOINC answer code (LA...), if any.
    """

    value: int
    text: str
    code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        text = self.text

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
                "text": text,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        text = d.pop("text")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        answer_option = cls(
            value=value,
            text=text,
            code=code,
        )

        return answer_option

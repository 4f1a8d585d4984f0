from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_text import FreeText
    from ..models.likert import Likert
    from ..models.yes_no import YesNo


T = TypeVar("T", bound="FormItem")


@_attrs_define
class FormItem:
    """One question of a form.

    Attributes:
        id (str): Stable id; never reused.
        text (str): The question as the respondent reads it.
        answer (FreeText | Likert | YesNo):
        required (bool | Unset): Whether a submission must answer it. Default: False.
    """

    id: str
    text: str
    answer: FreeText | Likert | YesNo
    required: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.likert import Likert  # noqa: PLC0415
        from ..models.yes_no import YesNo  # noqa: PLC0415

        id = self.id

        text = self.text

        answer: dict[str, Any]
        if isinstance(self.answer, Likert):
            answer = self.answer.to_dict()
        elif isinstance(self.answer, YesNo):
            answer = self.answer.to_dict()
        else:
            answer = self.answer.to_dict()

        required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "text": text,
                "answer": answer,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_text import FreeText  # noqa: PLC0415
        from ..models.likert import Likert  # noqa: PLC0415
        from ..models.yes_no import YesNo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        def _parse_answer(data: object) -> FreeText | Likert | YesNo:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                answer_type_0 = Likert.from_dict(data)

                return answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                answer_type_1 = YesNo.from_dict(data)

                return answer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            answer_type_2 = FreeText.from_dict(data)

            return answer_type_2

        answer = _parse_answer(d.pop("answer"))

        required = d.pop("required", UNSET)

        form_item = cls(
            id=id,
            text=text,
            answer=answer,
            required=required,
        )

        return form_item

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ThemeTagsOut")


@_attrs_define
class ThemeTagsOut:
    """The codes a submission is tagged with.

    Attributes:
        feedback_id (str): The submission.
        themes (list[str]): Its theme codes, sorted.
        updated_at (datetime.datetime): When the set was last changed (the submission's receipt if never).
    """

    feedback_id: str
    themes: list[str]
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        feedback_id = self.feedback_id

        themes = self.themes

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "feedback_id": feedback_id,
                "themes": themes,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback_id = d.pop("feedback_id")

        themes = cast(list[str], d.pop("themes"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        theme_tags_out = cls(
            feedback_id=feedback_id,
            themes=themes,
            updated_at=updated_at,
        )

        return theme_tags_out

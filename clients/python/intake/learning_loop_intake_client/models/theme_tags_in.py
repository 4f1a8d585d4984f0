from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ThemeTagsIn")


@_attrs_define
class ThemeTagsIn:
    """Body of `PUT /v1/feedback/{feedback_id}/themes`: the submission's whole set of codes.

    Attributes:
        themes (list[str]): Codes of the org's active themes (a code already on the submission may stay after it was
            retired). Replaces the earlier set; empty removes every theme.
    """

    themes: list[str]

    def to_dict(self) -> dict[str, Any]:
        themes = self.themes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "themes": themes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        themes = cast(list[str], d.pop("themes"))

        theme_tags_in = cls(
            themes=themes,
        )

        return theme_tags_in

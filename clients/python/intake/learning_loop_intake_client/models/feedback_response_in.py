from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackResponseIn")


@_attrs_define
class FeedbackResponseIn:
    """Body of `PUT /v1/feedback-responses/{response_id}`: the response, created or replaced.

    Attributes:
        themes (list[str]): The codes of the org's themes this answers (any theme of its list, retired ones included).
        you_said (str): What the org heard, in its own words, without naming anyone.
        we_did (str): What the org changed in answer.
        changed_on (datetime.date | None | Unset): When the change took effect; null while it is only planned.
        published (bool | Unset): True lists it for patients' apps (`GET /v1/feedback-responses`); false keeps it a
            draft only staff read. Default: False.
    """

    themes: list[str]
    you_said: str
    we_did: str
    changed_on: datetime.date | None | Unset = UNSET
    published: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        themes = self.themes

        you_said = self.you_said

        we_did = self.we_did

        changed_on: None | str | Unset
        if isinstance(self.changed_on, Unset):
            changed_on = UNSET
        elif isinstance(self.changed_on, datetime.date):
            changed_on = self.changed_on.isoformat()
        else:
            changed_on = self.changed_on

        published = self.published

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "themes": themes,
                "you_said": you_said,
                "we_did": we_did,
            }
        )
        if changed_on is not UNSET:
            field_dict["changed_on"] = changed_on
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        themes = cast(list[str], d.pop("themes"))

        you_said = d.pop("you_said")

        we_did = d.pop("we_did")

        def _parse_changed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                changed_on_type_0 = datetime.date.fromisoformat(data)

                return changed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        changed_on = _parse_changed_on(d.pop("changed_on", UNSET))

        published = d.pop("published", UNSET)

        feedback_response_in = cls(
            themes=themes,
            you_said=you_said,
            we_did=we_did,
            changed_on=changed_on,
            published=published,
        )

        return feedback_response_in

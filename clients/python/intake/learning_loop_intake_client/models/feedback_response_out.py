from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackResponseOut")


@_attrs_define
class FeedbackResponseOut:
    """A "you said, we did" response as stored.

    Attributes:
        themes (list[str]): The codes of the org's themes this answers (any theme of its list, retired ones included).
        you_said (str): What the org heard, in its own words, without naming anyone.
        we_did (str): What the org changed in answer.
        response_id (str): The org's id for the response.
        published_at (datetime.datetime | None): When it was published (kept while it stays published); null for a
            draft.
        updated_at (datetime.datetime): When it was last changed.
        changed_on (datetime.date | None | Unset): When the change took effect; null while it is only planned.
        published (bool | Unset): True lists it for patients' apps (`GET /v1/feedback-responses`); false keeps it a
            draft only staff read. Default: False.
    """

    themes: list[str]
    you_said: str
    we_did: str
    response_id: str
    published_at: datetime.datetime | None
    updated_at: datetime.datetime
    changed_on: datetime.date | None | Unset = UNSET
    published: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        themes = self.themes

        you_said = self.you_said

        we_did = self.we_did

        response_id = self.response_id

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        updated_at = self.updated_at.isoformat()

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
                "response_id": response_id,
                "published_at": published_at,
                "updated_at": updated_at,
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

        response_id = d.pop("response_id")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        feedback_response_out = cls(
            themes=themes,
            you_said=you_said,
            we_did=we_did,
            response_id=response_id,
            published_at=published_at,
            updated_at=updated_at,
            changed_on=changed_on,
            published=published,
        )

        return feedback_response_out

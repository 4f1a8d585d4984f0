from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.review_status import ReviewStatus

T = TypeVar("T", bound="SafetyReviewIn")


@_attrs_define
class SafetyReviewIn:
    """Body of `POST /v1/safety-events/{safety_event_id}/review`: the review's next status.

    Attributes:
        review_status (ReviewStatus): Where a safety event's review stands (``shared.events.SafetyReviewStatus``).
    """

    review_status: ReviewStatus

    def to_dict(self) -> dict[str, Any]:
        review_status = self.review_status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "review_status": review_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        review_status = ReviewStatus(d.pop("review_status"))

        safety_review_in = cls(
            review_status=review_status,
        )

        return safety_review_in

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.item_score_out import ItemScoreOut


T = TypeVar("T", bound="FeedbackScoresOut")


@_attrs_define
class FeedbackScoresOut:
    """The numbers derived from a submission: what the feed publishes. Never any free text.

    Attributes:
        form_id (str): The form answered.
        form_version (str): Its version when answered.
        items (list[ItemScoreOut]): One score per answered scale or yes/no item.
        mean_percent_of_max (float | None): Mean of the scale items rescaled to 0-100; null when none was answered.
        top_box_count (int): How many answered items got the most favourable answer.
        scored_count (int): How many scale or yes/no items were answered.
    """

    form_id: str
    form_version: str
    items: list[ItemScoreOut]
    mean_percent_of_max: float | None
    top_box_count: int
    scored_count: int

    def to_dict(self) -> dict[str, Any]:
        form_id = self.form_id

        form_version = self.form_version

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        mean_percent_of_max: float | None
        mean_percent_of_max = self.mean_percent_of_max

        top_box_count = self.top_box_count

        scored_count = self.scored_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "form_id": form_id,
                "form_version": form_version,
                "items": items,
                "mean_percent_of_max": mean_percent_of_max,
                "top_box_count": top_box_count,
                "scored_count": scored_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_score_out import ItemScoreOut  # noqa: PLC0415

        d = dict(src_dict)
        form_id = d.pop("form_id")

        form_version = d.pop("form_version")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ItemScoreOut.from_dict(items_item_data)

            items.append(items_item)

        def _parse_mean_percent_of_max(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_percent_of_max = _parse_mean_percent_of_max(d.pop("mean_percent_of_max"))

        top_box_count = d.pop("top_box_count")

        scored_count = d.pop("scored_count")

        feedback_scores_out = cls(
            form_id=form_id,
            form_version=form_version,
            items=items,
            mean_percent_of_max=mean_percent_of_max,
            top_box_count=top_box_count,
            scored_count=scored_count,
        )

        return feedback_scores_out

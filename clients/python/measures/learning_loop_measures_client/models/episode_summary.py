from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EpisodeSummary")


@_attrs_define
class EpisodeSummary:
    """One episode of care of the patient on the instrument.

    Attributes:
        episode_id (str): The episode: the sender's id, or one the gap rule made (`gap-...`).
        gap_rule (bool): True when measures' gap rule made it (no episode id was sent): a new episode after 180 days
            without an assessment of the patient on the instrument.
        first_completed_at (datetime.datetime): Its first assessment's completion time.
        last_completed_at (datetime.datetime): Its latest assessment's completion time.
        assessments (int): How many assessments it holds.
    """

    episode_id: str
    gap_rule: bool
    first_completed_at: datetime.datetime
    last_completed_at: datetime.datetime
    assessments: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        episode_id = self.episode_id

        gap_rule = self.gap_rule

        first_completed_at = self.first_completed_at.isoformat()

        last_completed_at = self.last_completed_at.isoformat()

        assessments = self.assessments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "episode_id": episode_id,
                "gap_rule": gap_rule,
                "first_completed_at": first_completed_at,
                "last_completed_at": last_completed_at,
                "assessments": assessments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        episode_id = d.pop("episode_id")

        gap_rule = d.pop("gap_rule")

        first_completed_at = datetime.datetime.fromisoformat(d.pop("first_completed_at"))

        last_completed_at = datetime.datetime.fromisoformat(d.pop("last_completed_at"))

        assessments = d.pop("assessments")

        episode_summary = cls(
            episode_id=episode_id,
            gap_rule=gap_rule,
            first_completed_at=first_completed_at,
            last_completed_at=last_completed_at,
            assessments=assessments,
        )

        episode_summary.additional_properties = d
        return episode_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

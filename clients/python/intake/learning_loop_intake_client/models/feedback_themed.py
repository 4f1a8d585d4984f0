from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackThemed")


@_attrs_define
class FeedbackThemed:
    """The coded themes staff gave a submission (replaces any earlier set). Theme codes come
    from the org's own list; the comment they were read from never leaves intake.

        Attributes:
            feedback_id (str): The submission's id.
            form_id (str): The feedback form answered.
            received_at (datetime.datetime): When intake received the submission.
            themes (list[str]): The theme codes now tagged on the submission (empty when all were removed).
            clinician_id (None | str | Unset): The clinician's pseudonymous id.
            team_id (None | str | Unset): The team's id.
            site_id (None | str | Unset): The site's id.
    """

    feedback_id: str
    form_id: str
    received_at: datetime.datetime
    themes: list[str]
    clinician_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_id = self.feedback_id

        form_id = self.form_id

        received_at = self.received_at.isoformat()

        themes = self.themes

        clinician_id: None | str | Unset
        if isinstance(self.clinician_id, Unset):
            clinician_id = UNSET
        else:
            clinician_id = self.clinician_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        site_id: None | str | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedback_id": feedback_id,
                "form_id": form_id,
                "received_at": received_at,
                "themes": themes,
            }
        )
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback_id = d.pop("feedback_id")

        form_id = d.pop("form_id")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        themes = cast(list[str], d.pop("themes"))

        def _parse_clinician_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clinician_id = _parse_clinician_id(d.pop("clinician_id", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_site_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))

        feedback_themed = cls(
            feedback_id=feedback_id,
            form_id=form_id,
            received_at=received_at,
            themes=themes,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
        )

        feedback_themed.additional_properties = d
        return feedback_themed

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_survey_response_answers import StaffSurveyResponseAnswers
    from ..models.staff_survey_response_flags import StaffSurveyResponseFlags
    from ..models.staff_survey_response_scores import StaffSurveyResponseScores


T = TypeVar("T", bound="StaffSurveyResponse")


@_attrs_define
class StaffSurveyResponse:
    """One anonymous response: a coarse role, if the respondent gave it, and the scores of each
    instrument of the campaign. No id, no time, no token: nothing that points to a person.

        Attributes:
            answers (StaffSurveyResponseAnswers): Item answers per instrument id (null: not answered).
            scores (StaffSurveyResponseScores): Scale and subscale scores per instrument id, as the catalog scores them
                (null: too few items answered).
            role (None | str | Unset): The respondent's role as they gave it (StaffRole), or null.
            flags (StaffSurveyResponseFlags | Unset): Per instrument, the cut-offs the response meets (e.g. `burnout`).
    """

    answers: StaffSurveyResponseAnswers
    scores: StaffSurveyResponseScores
    role: None | str | Unset = UNSET
    flags: StaffSurveyResponseFlags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers = self.answers.to_dict()

        scores = self.scores.to_dict()

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "scores": scores,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_survey_response_answers import StaffSurveyResponseAnswers  # noqa: PLC0415
        from ..models.staff_survey_response_flags import StaffSurveyResponseFlags  # noqa: PLC0415
        from ..models.staff_survey_response_scores import StaffSurveyResponseScores  # noqa: PLC0415

        d = dict(src_dict)
        answers = StaffSurveyResponseAnswers.from_dict(d.pop("answers"))

        scores = StaffSurveyResponseScores.from_dict(d.pop("scores"))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        _flags = d.pop("flags", UNSET)
        flags: StaffSurveyResponseFlags | Unset
        if isinstance(_flags, Unset):
            flags = UNSET
        else:
            flags = StaffSurveyResponseFlags.from_dict(_flags)

        staff_survey_response = cls(
            answers=answers,
            scores=scores,
            role=role,
            flags=flags,
        )

        staff_survey_response.additional_properties = d
        return staff_survey_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.staff_survey_response_in_role_type_0 import StaffSurveyResponseInRoleType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_survey_response_in_answers import StaffSurveyResponseInAnswers


T = TypeVar("T", bound="StaffSurveyResponseIn")


@_attrs_define
class StaffSurveyResponseIn:
    """One anonymous answer, with the token from the link the respondent received.

    Attributes:
        token (str): The one-time token from the survey link (the only credential).
        answers (StaffSurveyResponseInAnswers): Item answers per instrument id; unanswered items are left out.
        role (None | StaffSurveyResponseInRoleType0 | Unset): The respondent's role, optional.
    """

    token: str
    answers: StaffSurveyResponseInAnswers
    role: None | StaffSurveyResponseInRoleType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        answers = self.answers.to_dict()

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, StaffSurveyResponseInRoleType0):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "token": token,
                "answers": answers,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_survey_response_in_answers import StaffSurveyResponseInAnswers  # noqa: PLC0415

        d = dict(src_dict)
        token = d.pop("token")

        answers = StaffSurveyResponseInAnswers.from_dict(d.pop("answers"))

        def _parse_role(data: object) -> None | StaffSurveyResponseInRoleType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = StaffSurveyResponseInRoleType0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StaffSurveyResponseInRoleType0 | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        staff_survey_response_in = cls(
            token=token,
            answers=answers,
            role=role,
        )

        return staff_survey_response_in

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_rupture_rule import FeedbackRuptureRule
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackRupture")


@_attrs_define
class FeedbackRupture:
    """Session feedback that signals a strained therapeutic alliance, for the clinician to
    repair at the next session. Numbers and codes only: never the patient's words.

        Attributes:
            feedback_id (str): The submission that showed the rupture.
            form_id (str): The feedback form answered.
            received_at (datetime.datetime): When intake received the submission.
            rule (FeedbackRuptureRule): Which of the form's rupture rules fired.
            item_id (str): The form item the rule read.
            score (float): This submission's score on that item.
            patient_id (None | str | Unset): The patient's pseudonymous id.
            encounter_id (None | str | Unset): The encounter's id, chosen by the sender.
            clinician_id (None | str | Unset): The clinician's pseudonymous id.
            team_id (None | str | Unset): The team's id.
            site_id (None | str | Unset): The site's id.
            threshold (float | None | Unset): The form's threshold (at-or-below-threshold).
            previous_score (float | None | Unset): The patient's previous score on the item (drop-from-previous).
    """

    feedback_id: str
    form_id: str
    received_at: datetime.datetime
    rule: FeedbackRuptureRule
    item_id: str
    score: float
    patient_id: None | str | Unset = UNSET
    encounter_id: None | str | Unset = UNSET
    clinician_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    threshold: float | None | Unset = UNSET
    previous_score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_id = self.feedback_id

        form_id = self.form_id

        received_at = self.received_at.isoformat()

        rule = self.rule.value

        item_id = self.item_id

        score = self.score

        patient_id: None | str | Unset
        if isinstance(self.patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = self.patient_id

        encounter_id: None | str | Unset
        if isinstance(self.encounter_id, Unset):
            encounter_id = UNSET
        else:
            encounter_id = self.encounter_id

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

        threshold: float | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        previous_score: float | None | Unset
        if isinstance(self.previous_score, Unset):
            previous_score = UNSET
        else:
            previous_score = self.previous_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedback_id": feedback_id,
                "form_id": form_id,
                "received_at": received_at,
                "rule": rule,
                "item_id": item_id,
                "score": score,
            }
        )
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if encounter_id is not UNSET:
            field_dict["encounter_id"] = encounter_id
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if previous_score is not UNSET:
            field_dict["previous_score"] = previous_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feedback_id = d.pop("feedback_id")

        form_id = d.pop("form_id")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        rule = FeedbackRuptureRule(d.pop("rule"))

        item_id = d.pop("item_id")

        score = d.pop("score")

        def _parse_patient_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patient_id = _parse_patient_id(d.pop("patient_id", UNSET))

        def _parse_encounter_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encounter_id = _parse_encounter_id(d.pop("encounter_id", UNSET))

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

        def _parse_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        threshold = _parse_threshold(d.pop("threshold", UNSET))

        def _parse_previous_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        previous_score = _parse_previous_score(d.pop("previous_score", UNSET))

        feedback_rupture = cls(
            feedback_id=feedback_id,
            form_id=form_id,
            received_at=received_at,
            rule=rule,
            item_id=item_id,
            score=score,
            patient_id=patient_id,
            encounter_id=encounter_id,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
            threshold=threshold,
            previous_score=previous_score,
        )

        feedback_rupture.additional_properties = d
        return feedback_rupture

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

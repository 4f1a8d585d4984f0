from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feedback_received_modality_type_0 import FeedbackReceivedModalityType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedback_received_scores import FeedbackReceivedScores
    from ..models.feedback_received_top_box import FeedbackReceivedTopBox


T = TypeVar("T", bound="FeedbackReceived")


@_attrs_define
class FeedbackReceived:
    """Numeric answers only: free-text comments never leave intake.

    Attributes:
        feedback_id (str): The submission's id.
        form_id (str): The feedback form answered.
        received_at (datetime.datetime): When intake received the submission.
        scores (FeedbackReceivedScores): Numeric answer per scored item id.
        top_box (FeedbackReceivedTopBox): Whether each scored item got its top box.
        patient_id (None | str | Unset): Null when anonymous.
        encounter_id (None | str | Unset): The encounter's id, chosen by the sender.
        clinician_id (None | str | Unset): The clinician's pseudonymous id.
        team_id (None | str | Unset): The team's id.
        site_id (None | str | Unset): The site's id.
        modality (FeedbackReceivedModalityType0 | None | Unset): in-person, video or phone.
        mean (float | None | Unset): Mean of the scored items.
    """

    feedback_id: str
    form_id: str
    received_at: datetime.datetime
    scores: FeedbackReceivedScores
    top_box: FeedbackReceivedTopBox
    patient_id: None | str | Unset = UNSET
    encounter_id: None | str | Unset = UNSET
    clinician_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    modality: FeedbackReceivedModalityType0 | None | Unset = UNSET
    mean: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_id = self.feedback_id

        form_id = self.form_id

        received_at = self.received_at.isoformat()

        scores = self.scores.to_dict()

        top_box = self.top_box.to_dict()

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

        modality: None | str | Unset
        if isinstance(self.modality, Unset):
            modality = UNSET
        elif isinstance(self.modality, FeedbackReceivedModalityType0):
            modality = self.modality.value
        else:
            modality = self.modality

        mean: float | None | Unset
        if isinstance(self.mean, Unset):
            mean = UNSET
        else:
            mean = self.mean

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedback_id": feedback_id,
                "form_id": form_id,
                "received_at": received_at,
                "scores": scores,
                "top_box": top_box,
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
        if modality is not UNSET:
            field_dict["modality"] = modality
        if mean is not UNSET:
            field_dict["mean"] = mean

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_received_scores import FeedbackReceivedScores  # noqa: PLC0415
        from ..models.feedback_received_top_box import FeedbackReceivedTopBox  # noqa: PLC0415

        d = dict(src_dict)
        feedback_id = d.pop("feedback_id")

        form_id = d.pop("form_id")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        scores = FeedbackReceivedScores.from_dict(d.pop("scores"))

        top_box = FeedbackReceivedTopBox.from_dict(d.pop("top_box"))

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

        def _parse_modality(data: object) -> FeedbackReceivedModalityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modality_type_0 = FeedbackReceivedModalityType0(data)

                return modality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedbackReceivedModalityType0 | None | Unset, data)

        modality = _parse_modality(d.pop("modality", UNSET))

        def _parse_mean(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mean = _parse_mean(d.pop("mean", UNSET))

        feedback_received = cls(
            feedback_id=feedback_id,
            form_id=form_id,
            received_at=received_at,
            scores=scores,
            top_box=top_box,
            patient_id=patient_id,
            encounter_id=encounter_id,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
            modality=modality,
            mean=mean,
        )

        feedback_received.additional_properties = d
        return feedback_received

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

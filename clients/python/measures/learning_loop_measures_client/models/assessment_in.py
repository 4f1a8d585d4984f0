from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.assessment_in_completed_by import AssessmentInCompletedBy
from ..models.assessment_in_population_type_0 import AssessmentInPopulationType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assessment_in_answers import AssessmentInAnswers


T = TypeVar("T", bound="AssessmentIn")


@_attrs_define
class AssessmentIn:
    """
    Attributes:
        instrument_id (str): Catalog instrument id.
        answers (AssessmentInAnswers): Answer value per item id (values as in the item's answer options). Values outside
            0-100 (no instrument's options go beyond it) are refused with 422; a value inside it that is not one of the
            item's options is reported in `invalid_items` and scored as unanswered (the missing-item policy).
        completed_at (datetime.datetime): When the instrument was completed, with a UTC offset. Orders the patient's
            series: the earliest scored one of an episode of care is its baseline. From 1900-01-01 to now (a device clock up
            to a day ahead is accepted); outside that, 422. A staff instrument's answer keeps only the start of its ISO week
            (midnight UTC on Monday), or the 1st of its month when that Monday is in the month before.
        assessment_id (None | str | Unset): Caller's id; resending the same assessment under it changes nothing, another
            assessment under it is a 409. Generated when omitted.
        patient_id (None | str | Unset): Pseudonymous patient id: required for a patient instrument, refused (422) for a
            staff instrument, whose answers are anonymous.
        version (int | None | Unset): Catalog version; the latest when omitted.
        completed_by (AssessmentInCompletedBy | Unset): Who filled it in. Default: AssessmentInCompletedBy.PATIENT.
        clinician_id (None | str | Unset): The treating clinician (pseudonymous id); alerts name them. Refused (422) for
            a staff instrument: nobody's id is kept with an anonymous answer.
        team_id (None | str | Unset): The care team.
        site_id (None | str | Unset): The site.
        population (AssessmentInPopulationType0 | None | Unset): Selects a population-specific cut-off (AUDIT-C).
        episode_id (None | str | Unset): The episode of care (course of treatment) it belongs to, e.g. intake's episode
            id: change is measured from the first scored assessment of the episode. Omitted: measures' gap rule decides (a
            new episode after 180 days without an assessment of the patient on the instrument; its ids begin `gap-`, which a
            sender's own ids may not). Refused (422) for a staff instrument.
    """

    instrument_id: str
    answers: AssessmentInAnswers
    completed_at: datetime.datetime
    assessment_id: None | str | Unset = UNSET
    patient_id: None | str | Unset = UNSET
    version: int | None | Unset = UNSET
    completed_by: AssessmentInCompletedBy | Unset = AssessmentInCompletedBy.PATIENT
    clinician_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    site_id: None | str | Unset = UNSET
    population: AssessmentInPopulationType0 | None | Unset = UNSET
    episode_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        instrument_id = self.instrument_id

        answers = self.answers.to_dict()

        completed_at = self.completed_at.isoformat()

        assessment_id: None | str | Unset
        if isinstance(self.assessment_id, Unset):
            assessment_id = UNSET
        else:
            assessment_id = self.assessment_id

        patient_id: None | str | Unset
        if isinstance(self.patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = self.patient_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        completed_by: str | Unset = UNSET
        if not isinstance(self.completed_by, Unset):
            completed_by = self.completed_by.value

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

        population: None | str | Unset
        if isinstance(self.population, Unset):
            population = UNSET
        elif isinstance(self.population, AssessmentInPopulationType0):
            population = self.population.value
        else:
            population = self.population

        episode_id: None | str | Unset
        if isinstance(self.episode_id, Unset):
            episode_id = UNSET
        else:
            episode_id = self.episode_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instrument_id": instrument_id,
                "answers": answers,
                "completed_at": completed_at,
            }
        )
        if assessment_id is not UNSET:
            field_dict["assessment_id"] = assessment_id
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if version is not UNSET:
            field_dict["version"] = version
        if completed_by is not UNSET:
            field_dict["completed_by"] = completed_by
        if clinician_id is not UNSET:
            field_dict["clinician_id"] = clinician_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if population is not UNSET:
            field_dict["population"] = population
        if episode_id is not UNSET:
            field_dict["episode_id"] = episode_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_in_answers import AssessmentInAnswers  # noqa: PLC0415

        d = dict(src_dict)
        instrument_id = d.pop("instrument_id")

        answers = AssessmentInAnswers.from_dict(d.pop("answers"))

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        def _parse_assessment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assessment_id = _parse_assessment_id(d.pop("assessment_id", UNSET))

        def _parse_patient_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patient_id = _parse_patient_id(d.pop("patient_id", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        _completed_by = d.pop("completed_by", UNSET)
        completed_by: AssessmentInCompletedBy | Unset
        if isinstance(_completed_by, Unset):
            completed_by = UNSET
        else:
            completed_by = AssessmentInCompletedBy(_completed_by)

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

        def _parse_population(data: object) -> AssessmentInPopulationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                population_type_0 = AssessmentInPopulationType0(data)

                return population_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentInPopulationType0 | None | Unset, data)

        population = _parse_population(d.pop("population", UNSET))

        def _parse_episode_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        episode_id = _parse_episode_id(d.pop("episode_id", UNSET))

        assessment_in = cls(
            instrument_id=instrument_id,
            answers=answers,
            completed_at=completed_at,
            assessment_id=assessment_id,
            patient_id=patient_id,
            version=version,
            completed_by=completed_by,
            clinician_id=clinician_id,
            team_id=team_id,
            site_id=site_id,
            population=population,
            episode_id=episode_id,
        )

        return assessment_in

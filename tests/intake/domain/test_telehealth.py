"""Modalities, their FHIR codes, and which technical problems each can have."""

from __future__ import annotations

import pytest

from services.intake.telehealth import Modality, ProblemKind, fhir_modality, problem_kinds_for

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


@pytest.mark.parametrize(
    ("modality", "encounter_class", "mode"),
    [
        (Modality.IN_PERSON, "AMB", "FACE"),
        (Modality.VIDEO, "VR", "VIDEOCONF"),
        (Modality.PHONE, "VR", "PHONE"),
    ],
)
def test_fhir_codes(modality: Modality, encounter_class: str, mode: str) -> None:
    mapped = fhir_modality(modality)
    assert (mapped.encounter_class, mapped.participation_mode) == (encounter_class, mode)


def test_video_and_phone_differ_in_fhir_although_both_are_virtual() -> None:
    video, phone = fhir_modality(Modality.VIDEO), fhir_modality(Modality.PHONE)
    assert video.encounter_class == phone.encounter_class
    assert video.participation_mode != phone.participation_mode


def test_problem_kinds_by_modality() -> None:
    assert problem_kinds_for(Modality.VIDEO) == set(ProblemKind)
    assert problem_kinds_for(Modality.PHONE) == set(ProblemKind) - {ProblemKind.VIDEO}
    assert problem_kinds_for(Modality.IN_PERSON) == set()

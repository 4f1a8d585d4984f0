"""The ``feedback.received`` event: a submission's scores, never its free text.

The event names the patient and encounter only when the records may be published: a Part 2
record (or one whose patient or encounter carries the label) is redacted unless the org allows
disclosure.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from services.intake.forms import Answer, FeedbackForm, score_answers
from services.intake.sensitivity import PART2, may_publish_details
from shared.events import FeedbackReceived
from shared.feed import NewEvent

__all__ = ["feedback_event"]


def feedback_event(
    org: str,
    feedback_id: str,
    form: FeedbackForm,
    answers: Mapping[str, Answer],
    *,
    received_at: datetime,
    patient_id: str | None,
    encounter_id: str | None,
    encounter: Mapping[str, Any] | None,
    part2: bool,
    part2_on_feed: bool,
) -> NewEvent:
    """The ``feedback.received`` event: scores only, never the free text."""
    redacted = not may_publish_details(
        PART2 if part2 else None, part2_disclosure_allowed=part2_on_feed
    )
    scores = score_answers(form, answers)
    data = FeedbackReceived(
        feedback_id=feedback_id,
        form_id=form.id,
        received_at=received_at,
        patient_id=None if redacted else patient_id,
        encounter_id=None if redacted else encounter_id,
        clinician_id=None if encounter is None else encounter["clinician_id"],
        team_id=None if encounter is None else encounter["team_id"],
        site_id=None if encounter is None else encounter["site_id"],
        modality=None if encounter is None else encounter["modality"],
        scores={s.item_id: s.value for s in scores.items},
        top_box={s.item_id: s.top_box for s in scores.items},
        mean=scores.mean_percent_of_max,
    )
    return NewEvent.of(org, f"feedback/{feedback_id}", data)

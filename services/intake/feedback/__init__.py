"""Consumer feedback: submissions checked against their form, stored once however often an
offline app re-sends them, read back with their scores, and published as scores only.

    writes.py   check a submission, store an offline batch (one is a batch of one)
    events.py   the ``feedback.received`` event, redacted for Part 2 records
    reads.py    one submission by id, and its API view

The forms themselves (catalog, answer checks, scoring, FHIR) are :mod:`services.intake.forms`.
"""

from services.intake.feedback.reads import feedback_out, get_feedback
from services.intake.feedback.writes import (
    Submission,
    check_submission,
    store_feedback,
    store_submissions,
)

__all__ = [
    "Submission",
    "check_submission",
    "feedback_out",
    "get_feedback",
    "store_feedback",
    "store_submissions",
]

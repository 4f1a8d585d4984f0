"""Consumer feedback: submissions checked against their form, stored once however often an
offline app re-sends them, read back with their scores, published as scores only; read by staff
(comments under their own scope, audited), tagged with the org's themes, and answered.

    writes.py     check a submission, store an offline batch (one is a batch of one)
    events.py     the ``feedback.received`` event, redacted for Part 2 records
    rupture.py    the form's alliance rupture rules, ``feedback.rupture`` and its webhooks
    reads.py      one submission by id, and the answer to a submission (never its free text)
    comments.py   which answers are free text, and who sees them
    listing.py    staff's filtered, paged list and their view of a submission
    audit.py      audit rows for reads, comments shown included
    themes.py     the org's theme list and tagging (with its history and ``feedback.themed``)
    responses.py  "you said, we did": drafts and published answers to themes

The forms themselves (catalog, answer checks, scoring, FHIR) are :mod:`services.intake.forms`.
"""

from services.intake.feedback.audit import COMMENT_READ, comment_subject, record_feedback_reads
from services.intake.feedback.comments import visible_answers
from services.intake.feedback.listing import (
    FeedbackFilters,
    detail_out,
    get_feedback_detail,
    list_feedback,
    page_key,
)
from services.intake.feedback.reads import feedback_out, get_feedback
from services.intake.feedback.responses import (
    get_response,
    list_responses,
    put_response,
    response_out,
)
from services.intake.feedback.themes import list_themes, put_theme, tag_feedback, theme_out
from services.intake.feedback.writes import (
    Submission,
    check_submission,
    store_feedback,
    store_submissions,
)

__all__ = [
    "COMMENT_READ",
    "FeedbackFilters",
    "Submission",
    "check_submission",
    "comment_subject",
    "detail_out",
    "feedback_out",
    "get_feedback",
    "get_feedback_detail",
    "get_response",
    "list_feedback",
    "list_responses",
    "list_themes",
    "page_key",
    "put_response",
    "put_theme",
    "record_feedback_reads",
    "response_out",
    "store_feedback",
    "store_submissions",
    "tag_feedback",
    "theme_out",
    "visible_answers",
]

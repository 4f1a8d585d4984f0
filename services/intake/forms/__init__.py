"""Consumer feedback forms: definitions as JSON data, answer checking, scoring and FHIR.

The JSON files beside this module are the forms; :func:`load_forms` reads them once.
"""

from services.intake.forms.answers import Answer, validate_answers
from services.intake.forms.fhir import (
    answers_from_questionnaire_response,
    build_questionnaire,
    build_questionnaire_response,
    canonical_url,
)
from services.intake.forms.models import FeedbackForm, FormItem, get_form, load_forms
from services.intake.forms.scoring import FeedbackScores, ItemScore, score_answers

__all__ = [
    "Answer",
    "FeedbackForm",
    "FeedbackScores",
    "FormItem",
    "ItemScore",
    "answers_from_questionnaire_response",
    "build_questionnaire",
    "build_questionnaire_response",
    "canonical_url",
    "get_form",
    "load_forms",
    "score_answers",
    "validate_answers",
]

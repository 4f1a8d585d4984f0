"""FHIR in and out: instruments as Questionnaires, QuestionnaireResponses read into answers
(link maps, answer codings, conflicting readings), scores as Observations."""

from services.measures.fhir.identify import identify_instrument
from services.measures.fhir.observations import build_score_bundle
from services.measures.fhir.questionnaire import build_questionnaire, questionnaire_url
from services.measures.fhir.response import ParsedResponse, parse_questionnaire_response

__all__ = [
    "ParsedResponse",
    "build_questionnaire",
    "build_score_bundle",
    "identify_instrument",
    "parse_questionnaire_response",
    "questionnaire_url",
]

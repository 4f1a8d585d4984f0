"""The documented body of a FHIR QuestionnaireResponse: the route reads it as raw FHIR JSON, so
its request body, with an example integrators can send as it stands, is described here."""

from __future__ import annotations

FHIR_JSON = "application/fhir+json"

#: A PHQ-9 as US Core's example sends it: LOINC item codes as linkIds, LOINC answer codes
#: (LA6568-5 not at all ... LA6571-9 nearly every day). Scored 13, item 9 "not at all".
_PHQ9_ANSWERS = {
    "/44250-9": "LA6570-1",
    "/44255-8": "LA6570-1",
    "/44259-0": "LA6570-1",
    "/44254-1": "LA6570-1",
    "/44251-7": "LA6569-3",
    "/44258-2": "LA6569-3",
    "/44252-5": "LA6570-1",
    "/44253-3": "LA6569-3",
    "/44260-8": "LA6568-5",
}
QR_EXAMPLE = {
    "resourceType": "QuestionnaireResponse",
    "questionnaire": "http://hl7.org/fhir/us/core/Questionnaire/phq-9-example",
    "status": "completed",
    "subject": {"reference": "Patient/p-7f3a"},
    "authored": "2026-01-15T10:30:00Z",
    "item": [
        {"linkId": link, "answer": [{"valueCoding": {"system": "http://loinc.org", "code": code}}]}
        for link, code in _PHQ9_ANSWERS.items()
    ],
}
QR_BODY = {
    "requestBody": {
        "required": True,
        "description": "A FHIR R4 (or STU3) QuestionnaireResponse.",
        "content": {
            media: {
                "schema": {"type": "object", "required": ["resourceType"]},
                "example": QR_EXAMPLE,
            }
            for media in (FHIR_JSON, "application/json")
        },
    }
}

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
    # The episode of care its baseline is taken within (fhir/episodes.py); optional.
    "extension": [
        {
            "url": "http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare",
            "valueReference": {"reference": "EpisodeOfCare/ep-2026-0001"},
        }
    ],
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

_BASE = "https://measures.example.org/fhir"
_TOTAL_ID = "0b5d3c9e7a2f4e61b8d04c1f9a3e7b25-4f1a9c7e2b6d8035"
#: One PHQ-9 total score Observation, as search and read return it.
OBSERVATION_EXAMPLE = {
    "resourceType": "Observation",
    "id": _TOTAL_ID,
    "status": "final",
    "category": [
        {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                    "code": "survey",
                }
            ]
        }
    ],
    "code": {
        "coding": [
            {"system": "http://loinc.org", "code": "44261-6", "display": "PHQ-9 total score"}
        ],
        "text": "PHQ-9 total score",
    },
    "subject": {"reference": "Patient/p-7f3a"},
    "effectiveDateTime": "2026-01-15T10:30:00+00:00",
    "valueQuantity": {
        "value": 13,
        "unit": "{score}",
        "system": "http://unitsofmeasure.org",
        "code": "{score}",
    },
}
#: A searchset page with a next link (``patient=p-7f3a&code=44261-6&_count=1``).
SEARCHSET_EXAMPLE = {
    "resourceType": "Bundle",
    "type": "searchset",
    "link": [
        {"relation": "self", "url": f"{_BASE}/Observation?patient=p-7f3a&code=44261-6&_count=1"},
        {
            "relation": "next",
            "url": f"{_BASE}/Observation?patient=p-7f3a&code=44261-6&_count=1"
            "&_cursor=WyIyMDI2LTAxLTE1VDEwOjMwOjAwKzAwOjAwIiwiYS0xIiwwLCJmMDEyIl0",
        },
    ],
    "entry": [
        {
            "fullUrl": f"{_BASE}/Observation/{_TOTAL_ID}",
            "resource": OBSERVATION_EXAMPLE,
            "search": {"mode": "match"},
        }
    ],
}

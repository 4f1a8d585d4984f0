"""The episode of care a QuestionnaireResponse names.

FHIR R4's QuestionnaireResponse has no element for it: ``encounter`` is one visit, ``basedOn``
a CarePlan or ServiceRequest, ``partOf`` an Observation or Procedure. HL7's extension
``workflow-episodeOfCare`` (FHIR Extensions Pack: "the episode(s) of care that establishes the
context for this" event, a ``valueReference`` to an EpisodeOfCare) says exactly this, and
national platforms already put it on QuestionnaireResponses, so it is what we read: its
reference ``EpisodeOfCare/<id>`` (relative, or absolute ending so) gives the episode id. A
response without it is left to the gap rule; one whose extension cannot be read is refused
(a 422 naming the extension), never silently given another episode.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from services.measures.errors import UnscorableResponseError
from services.measures.scoring.episodes import is_gap_episode

EPISODE_OF_CARE = "http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare"
_REFERENCE = re.compile(r"(?:^|/)EpisodeOfCare/([A-Za-z0-9][A-Za-z0-9._:-]{0,63})$")


def episode_of_care(qr: Mapping[str, Any]) -> str | None:
    """The episode id the response names, or None."""
    found = [
        ext
        for ext in qr.get("extension") or ()
        if isinstance(ext, Mapping) and ext.get("url") == EPISODE_OF_CARE
    ]
    if not found:
        return None
    if len(found) > 1:
        raise UnscorableResponseError(None, "more than one workflow-episodeOfCare extension")
    value = found[0].get("valueReference")
    reference = value.get("reference") if isinstance(value, Mapping) else None
    match = _REFERENCE.search(reference) if isinstance(reference, str) else None
    if match is None or is_gap_episode(match.group(1)):
        raise UnscorableResponseError(
            None, "the workflow-episodeOfCare extension needs valueReference EpisodeOfCare/<id>"
        )
    return match.group(1)

"""Server ids of score Observations, readable back to the assessment that made them.

An Observation is not stored: it is built from its assessment each time it is read. Its id is
``<stem>-<member>``: ``stem`` the assessment's ``fhir_id`` (32 hex digits, a UUIDv5 of the org
and assessment id, stored and indexed so ``GET /fhir/Observation/{id}`` finds the assessment),
``member`` the first 16 hex digits of the UUIDv5 the score Bundle gives that Observation (its
``urn:uuid`` fullUrl), which tells the panel, items and scores apart. 49 characters, within
FHIR's 64, and the same every time the assessment is read.
"""

from __future__ import annotations

import re
import uuid

from services.measures.fhir.observations import OBSERVATION_NAMESPACE

_ID = re.compile(r"(?P<stem>[0-9a-f]{32})-(?P<member>[0-9a-f]{16})")


def observation_stem(org: str, assessment_id: str) -> str:
    """The ``fhir_id`` an assessment is stored with (the migration that added it backfilled
    existing rows with this same formula)."""
    return uuid.uuid5(OBSERVATION_NAMESPACE, f"{org}/{assessment_id}").hex


def observation_id(stem: str, full_url: str) -> str:
    """The id of the Observation a score Bundle calls ``full_url`` (``urn:uuid:...``)."""
    return f"{stem}-{uuid.UUID(full_url.removeprefix('urn:uuid:')).hex[:16]}"


def stem_of(observation_id: str) -> str | None:
    """The assessment's ``fhir_id`` an Observation id names; None when it is none of ours."""
    match = _ID.fullmatch(observation_id)
    return None if match is None else match["stem"]

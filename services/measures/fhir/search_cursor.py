"""The ``_cursor`` of an Observation search's next-page link: a keyset position, never an offset.

It holds the position the next page starts from (the assessment's completion time and id, and
how many of its matching Observations the last page already returned) and a fingerprint of the
search it belongs to: a cursor sent with other search parameters (another patient, code or
dates) is refused with a 400 rather than walking another search from a foreign position. It
grants nothing: every page is authorised and scoped to the caller's org again.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from services.measures.errors import InvalidSearchError
from services.measures.fhir.stored_observations import ObservationSearch, Position
from shared.paging import decode_cursor, encode_cursor
from shared.problems import BadRequest


def _fingerprint(search: ObservationSearch) -> str:
    dates = sorted(f"{d.prefix}{d.start.isoformat()}/{d.end.isoformat()}" for d in search.dates)
    text = "\n".join([search.patient_id, search.code or "", *dates])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def encode(position: Position, search: ObservationSearch) -> str:
    return encode_cursor(
        [
            position.completed_at.isoformat(),
            position.assessment_id,
            position.skip,
            _fingerprint(search),
        ]
    )


def decode(cursor: str | None, search: ObservationSearch) -> Position | None:
    """The position a cursor holds for this search; :class:`InvalidSearchError` otherwise."""
    if cursor is None:
        return None
    try:
        key = decode_cursor(cursor)
    except BadRequest:
        key = None
    if (
        not isinstance(key, list)
        or len(key) != 4
        or not isinstance(key[0], str)
        or not isinstance(key[1], str)
        or type(key[2]) is not int
        or key[2] < 0
    ):
        raise InvalidSearchError("_cursor", "not a cursor of this server")
    if key[3] != _fingerprint(search):
        raise InvalidSearchError("_cursor", "the cursor belongs to another search")
    try:
        at = datetime.fromisoformat(key[0])
    except ValueError as exc:
        raise InvalidSearchError("_cursor", "not a cursor of this server") from exc
    if at.tzinfo is None:
        raise InvalidSearchError("_cursor", "not a cursor of this server")
    return Position(at, key[1], key[2])

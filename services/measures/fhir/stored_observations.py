"""Score Observations of stored assessments, as FHIR searches and reads return them.

Observations are not stored: each is rebuilt from its assessment (the stored answers, scored
again with the instrument version they were scored with, and the flags the write recorded), so
a read always agrees with the assessment. Each gets its server id (``observation_ids``) and the
panel's ``hasMember`` refer to its members by those ids.

A search walks a patient's assessments in completion order, ``(completed_at, assessment_id)``,
and each assessment's Observations in Bundle order (the panel, then items, then scores); a page
ends after ``count`` Observations, at a :class:`Position` the next page starts from. Nothing is
skipped or repeated between pages, and no page is cut short silently: a page that stops early
has a next position.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from services.measures.assessments.stored import stored_instruments, stored_result
from services.measures.fhir.date_search import DateCondition
from services.measures.fhir.observation_ids import observation_id, stem_of
from services.measures.fhir.observations import build_score_bundle, observation_codes
from services.measures.instruments.catalog import Instrument, default_catalog
from services.measures.models import AssessmentRow, as_utc

#: Assessments read per query while filling a page (each yields one Observation or more).
_CHUNK = 100


@dataclass(frozen=True)
class ObservationSearch:
    """What a search asks for: one patient of one org, optionally one code and date ranges."""

    org: str
    patient_id: str
    code: str | None = None
    dates: tuple[DateCondition, ...] = ()


@dataclass(frozen=True)
class Position:
    """Where a page starts: at this assessment, after its first ``skip`` matching
    Observations."""

    completed_at: datetime
    assessment_id: str
    skip: int


def observations_of(
    instrument_of: Callable[[AssessmentRow], Instrument], row: AssessmentRow
) -> list[dict[str, Any]]:
    """Every Observation of one stored assessment, with server ids, in Bundle order."""
    inst = instrument_of(row)
    bundle = build_score_bundle(
        inst,
        stored_result(inst, row),
        subject=None if row.patient_id is None else f"Patient/{row.patient_id}",
        effective=as_utc(row.completed_at).isoformat(),
        seed=f"{row.org}/{row.assessment_id}",
    )
    ids = {e["fullUrl"]: observation_id(row.fhir_id, e["fullUrl"]) for e in bundle["entry"]}
    out = []
    for entry in bundle["entry"]:
        resource = dict(entry["resource"], id=ids[entry["fullUrl"]])
        if "hasMember" in resource:
            resource["hasMember"] = [
                {"reference": f"Observation/{ids[m['reference']]}"} for m in resource["hasMember"]
            ]
        out.append(resource)
    return out


def has_code(resource: dict[str, Any], code: str | None) -> bool:
    return code is None or any(c.get("code") == code for c in resource["code"]["coding"])


def find_observation(
    session: Session, org: str, observation_id: str
) -> tuple[AssessmentRow, dict[str, Any]] | None:
    """The Observation with this id among the org's patients' assessments, and its assessment;
    None for an unknown id, another org's, or an anonymous staff answer's (never searchable)."""
    stem = stem_of(observation_id)
    if stem is None:
        return None
    row = session.exec(
        select(AssessmentRow).where(AssessmentRow.org == org, AssessmentRow.fhir_id == stem)
    ).first()
    if row is None or row.patient_id is None:
        return None
    found = [
        r for r in observations_of(stored_instruments(session), row) if r["id"] == observation_id
    ]
    return (row, found[0]) if found else None


def search_page(
    session: Session, search: ObservationSearch, *, count: int, start: Position | None
) -> tuple[list[dict[str, Any]], Position | None, bool]:
    """Up to ``count`` matching Observations from ``start``, the next page's position (None
    at the end), and whether any assessment of the patient was read (for the audit log)."""
    page: list[dict[str, Any]] = []
    read_any = False
    for row, matching in _matching(session, search, start):
        read_any = True
        skip = start.skip if start is not None and _at(row, start) else 0
        for index in range(skip, len(matching)):
            if len(page) == count:
                return page, Position(as_utc(row.completed_at), row.assessment_id, index), True
            page.append(matching[index])
    return page, None, read_any


@lru_cache(maxsize=256)
def instruments_with(code: str) -> tuple[str, ...]:
    """The catalog's instruments (any version) one of whose Observations can have ``code``."""
    return tuple(sorted({i.id for i in default_catalog() if code in observation_codes(i)}))


def _at(row: AssessmentRow, position: Position) -> bool:
    return (
        row.assessment_id == position.assessment_id
        and as_utc(row.completed_at) == position.completed_at
    )


def _matching(
    session: Session, search: ObservationSearch, start: Position | None
) -> Iterator[tuple[AssessmentRow, list[dict[str, Any]]]]:
    """The patient's assessments from ``start`` on (that one included), chunk by chunk, each
    with its Observations that match the code."""
    instrument_of = stored_instruments(session)
    after: tuple[datetime, str] | None = None
    while True:
        rows = session.exec(_query(search, start, after).limit(_CHUNK)).all()
        for row in rows:
            yield row, [r for r in observations_of(instrument_of, row) if has_code(r, search.code)]
        if len(rows) < _CHUNK:
            return
        after = (as_utc(rows[-1].completed_at), rows[-1].assessment_id)


def _query(
    search: ObservationSearch, start: Position | None, after: tuple[datetime, str] | None
) -> Any:
    completed, aid = col(AssessmentRow.completed_at), col(AssessmentRow.assessment_id)
    query = select(AssessmentRow).where(
        AssessmentRow.org == search.org, AssessmentRow.patient_id == search.patient_id
    )
    if search.code is not None:
        query = query.where(col(AssessmentRow.instrument_id).in_(instruments_with(search.code)))
    for condition in search.dates:
        query = query.where(condition.clause(completed))
    if after is not None:
        query = query.where(_beyond(completed, aid, after, inclusive=False))
    elif start is not None:
        query = query.where(
            _beyond(completed, aid, (start.completed_at, start.assessment_id), inclusive=True)
        )
    return query.order_by(completed, aid)


def _beyond(completed: Any, aid: Any, key: tuple[datetime, str], *, inclusive: bool) -> Any:
    at, assessment_id = key
    same = aid >= assessment_id if inclusive else aid > assessment_id
    return or_(completed > at, and_(completed == at, same))

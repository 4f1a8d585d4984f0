"""A stored assessment read back: the instrument it was scored with, and its score again.

Answers are stored, scores are recomputed on read (scoring costs microseconds); what only the
write knew (a FHIR stated-total mismatch, answers read the more severe way) is kept on the row
and put back on the result.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session

from services.measures.errors import InstrumentNotEnabledError
from services.measures.instruments.catalog import Instrument, default_catalog
from services.measures.instruments.org_settings import instrument_for_org
from services.measures.models import Assessment, AssessmentRow
from services.measures.scoring.engine import score
from services.measures.scoring.result import AnswerConflict, Flag, ScoreResult

_FLAGS = {flag.value for flag in Flag}


def stored_instrument(session: Session, row: Assessment) -> Instrument:
    """The instrument a stored assessment was scored with (the org's current overrides, if the
    instrument is still enabled; the catalog version otherwise)."""
    try:
        return instrument_for_org(session, row.org, row.instrument_id, row.instrument_version)
    except InstrumentNotEnabledError:
        return default_catalog().get(row.instrument_id, row.instrument_version)


def stored_instruments(session: Session) -> Callable[[Assessment], Instrument]:
    """:func:`stored_instrument` for many rows, reading each instrument's setting once: an org
    without a setting row would otherwise cost a query per row (the session remembers rows it
    found, not rows it did not)."""
    found: dict[tuple[str, str, int], Instrument] = {}

    def instrument_of(row: Assessment) -> Instrument:
        key = (row.org, row.instrument_id, row.instrument_version)
        if key not in found:
            found[key] = stored_instrument(session, row)
        return found[key]

    return instrument_of


def stored_result(inst: Instrument, row: AssessmentRow) -> ScoreResult:
    """The row's score, with the flags and answer conflicts its write recorded."""
    result = score(inst, row.answers)
    stored_flags = [Flag(f) for f in row.flags if f in _FLAGS]
    result = result.with_flags(*stored_flags) if stored_flags else result
    return result.with_conflicts(tuple(AnswerConflict(**c) for c in row.answer_conflicts))

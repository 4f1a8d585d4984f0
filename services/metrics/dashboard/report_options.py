"""The clinician report's choices: a range, the MBC instrument and the feedback form.

Instruments and forms are offered from the organization's own facts. With no form named the
report includes the organization's first form (a clinician is meant to see their consumer
feedback); choosing "None" (an empty form) leaves feedback out, as the report route does
without ``form``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from services.metrics.catalog import CATALOG
from services.metrics.dashboard.choices import clinicians
from services.metrics.models import EpisodeFact, FeedbackFact

DEFAULT_INSTRUMENT = dict(CATALOG["mbc-reliable-improvement"].default_filters)["instrument"]


@dataclass(frozen=True)
class ReportOptions:
    start: date | None
    end: date | None
    instrument: str
    form: str | None
    instruments: tuple[str, ...]
    forms: tuple[str, ...]
    notices: tuple[str, ...]


def _values(session: Session, column: object, table: type, org: str) -> tuple[str, ...]:
    rows = session.exec(
        select(column).where(table.org == org).distinct().order_by(column)  # type: ignore[attr-defined, call-overload]
    ).all()
    return tuple(str(r) for r in rows if r is not None)


def report_options(
    session: Session,
    *,
    org: str,
    clinician_id: str,
    start: date | None,
    end: date | None,
    instrument: str | None,
    form: str | None,
) -> ReportOptions:
    """Consistent choices for the report of ``clinician_id`` in ``org``."""
    notices = []
    if clinician_id not in clinicians(session, org=org):
        notices.append(f"No sessions of {clinician_id} in your organization.")
    if start is not None and end is not None and start > end:
        notices.append("The range starts after it ends: showing the whole record instead.")
        start = end = None
    instruments = _values(session, col(EpisodeFact.instrument_id), EpisodeFact, org)
    if instrument not in instruments:
        instrument = DEFAULT_INSTRUMENT if DEFAULT_INSTRUMENT in instruments or not instruments \
            else instruments[0]  # fmt: skip
    if DEFAULT_INSTRUMENT not in instruments:
        instruments = (DEFAULT_INSTRUMENT, *instruments)
    forms = _values(session, col(FeedbackFact.form_id), FeedbackFact, org)
    chosen: str | None
    if form is None:
        chosen = forms[0] if forms else None
    elif form in forms:
        chosen = form
    else:
        chosen = None
        if form:
            notices.append(f"No feedback on form {form!r}: feedback left out.")
    return ReportOptions(start, end, instrument, chosen, instruments, forms, tuple(notices))

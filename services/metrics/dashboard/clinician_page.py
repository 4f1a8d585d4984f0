"""A clinician's feedback report page: ``/v1/reports/clinicians/{id}`` laid out as a table.

The lines are :func:`~services.metrics.learning.reports.report_line` for the metrics the
report route shows, with the team it picks and the organization's threshold; the clinician,
the team and the org are suppressed together there, and a suppressed value is shown as
"suppressed" here, never as a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import CATALOG
from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.dashboard import formatting
from services.metrics.learning.reports import (
    FEEDBACK_METRICS,
    OUTCOME_METRICS,
    PROCESS_METRICS,
    Shown,
    clinician_team,
    report_line,
)
from services.metrics.stats.rounding import Rounding


@dataclass(frozen=True)
class Cell:
    text: str
    suppressed: bool


@dataclass(frozen=True)
class ReportRow:
    metric_id: str
    title: str
    better: str
    clinician: Cell
    team: Cell | None
    org: Cell


@dataclass(frozen=True)
class ClinicianReport:
    clinician_id: str
    team_id: str | None
    threshold: int
    rows: tuple[ReportRow, ...]
    warnings: tuple[str, ...]


def _cell(shown: Shown, unit: str) -> Cell:
    if shown.published.suppressed:
        return Cell("suppressed", True)
    if shown.value.value is None:
        return Cell("no data", False)
    text = formatting.value(shown.value.value, unit)
    return Cell(f"{text} (n={shown.value.n})", False)


def clinician_report(
    session: Session,
    *,
    org: str,
    clinician_id: str,
    start: date | None,
    end: date | None,
    form: str | None,
    instrument: str | None,
    floor: int,
    bases: Rounding,
) -> ClinicianReport:
    """The report for one clinician of the organization over the range, rounded to the
    deployment's ``bases`` as the report route rounds it."""
    team_id = clinician_team(session, org=org, clinician_id=clinician_id, start=start, end=end)
    threshold = threshold_for(session, floor=floor, orgs=[org])
    metrics = [*OUTCOME_METRICS, *PROCESS_METRICS, *(FEEDBACK_METRICS if form else ())]
    rows = []
    for metric_id in metrics:
        line = report_line(
            session, org=org, metric_id=metric_id, clinician_id=clinician_id, team_id=team_id,
            start=start, end=end, threshold=threshold, bases=bases,
            filters={"instrument": instrument, "form": form},
        )  # fmt: skip
        definition = CATALOG[metric_id]
        rows.append(
            ReportRow(
                metric_id=metric_id,
                title=definition.title,
                better=definition.better,
                clinician=_cell(line.clinician, definition.unit),
                team=None if line.team is None else _cell(line.team, definition.unit),
                org=_cell(line.org, definition.unit),
            )
        )
    warnings = []
    if team_id is None:
        warnings.append("No team found for the clinician in the range: compared with the org only.")
    return ClinicianReport(clinician_id, team_id, threshold, tuple(rows), tuple(warnings))

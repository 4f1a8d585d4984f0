"""What scoring returns: immutable named tuples, cheap to build at tens of thousands per second.

(A frozen dataclass with this many fields costs about 5 microseconds to build, a quarter of the
scoring budget; a NamedTuple is built in C.)

Flags are stable machine codes (a client can switch on them); human text stays in the catalog
(band labels, rule labels and actions).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, NamedTuple

from services.measures.instruments.schema import Band


class Flag(StrEnum):
    """Why a score needs attention or cannot be taken at face value.

    ``incomplete``: the total, a subscale or a classification cannot be given because required
    answers are missing (a C-SSRS screen whose flow is unfinished is ``indeterminate``).
    ``critical_item_unanswered``: a critical rule could not be ruled out because an item it
    reads was not answered; it raises an alert (see ``Rule.if_undecided``).
    ``answer_code_conflict``: a FHIR answer's weight and code disagreed; the more severe
    reading was used (``answer_conflicts`` names the items).
    """

    INCOMPLETE = "incomplete"
    PRORATED = "prorated"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_ITEM = "unknown_item"
    CRITICAL_ITEM = "critical_item"
    CRITICAL_ITEM_UNANSWERED = "critical_item_unanswered"
    STATED_TOTAL_MISMATCH = "stated_total_mismatch"
    ANSWER_CODE_CONFLICT = "answer_code_conflict"


class ScaleScore(NamedTuple):
    """The total or one subscale: its value (None when too many items are missing) and meaning."""

    value: float | None
    band: Band | None = None
    case: bool | None = None
    prorated: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "band": None
            if self.band is None
            else {"code": self.band.code, "label": self.band.label},
            "case": self.case,
            "prorated": self.prorated,
        }


class CriticalHit(NamedTuple):
    """A critical rule that fired, or that unanswered items leave undecided: what was endorsed
    (or could not be ruled out) and what the clinician should do. ``missing_items`` is empty
    when the answers themselves fire the rule, and names the unanswered items it reads when
    they leave it undecided."""

    rule_id: str
    label: str
    severity: str
    action: str | None
    missing_items: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "label": self.label,
            "severity": self.severity,
            "action": self.action,
            "missing_items": list(self.missing_items),
        }


class AnswerConflict(NamedTuple):
    """A FHIR answer whose weight (ordinalValue, itemWeight) and answer code read differently.

    The item is stored with ``used_value``, the more severe of the two readings (see
    ``answer_conflicts.py``); both readings are kept so a clinician can see what was sent.
    """

    item_id: str
    link_id: str
    weight_value: int
    code_value: int
    used_value: int

    def as_dict(self) -> dict[str, Any]:
        return self._asdict()


class Classified(NamedTuple):
    code: str
    label: str


class ScoreResult(NamedTuple):
    """One scored response. ``scoring_version`` names the instrument version and any overrides."""

    instrument_id: str
    instrument_version: int
    scoring_version: str
    total: float | None
    band: Band | None
    case: bool | None
    subscales: dict[str, ScaleScore]
    classifications: dict[str, Classified]
    critical: tuple[CriticalHit, ...]
    critical_unanswered: tuple[CriticalHit, ...]
    indicators: tuple[str, ...]
    flags: frozenset[Flag]
    missing_items: tuple[str, ...]
    invalid_items: tuple[str, ...]
    unknown_items: tuple[str, ...]
    item_scores: dict[str, int]
    answers: dict[str, int]
    answer_conflicts: tuple[AnswerConflict, ...] = ()

    @property
    def complete(self) -> bool:
        return Flag.INCOMPLETE not in self.flags

    def with_flags(self, *extra: Flag) -> ScoreResult:
        """A copy carrying more flags (used when a FHIR stated total disagrees)."""
        return self._replace(flags=self.flags | frozenset(extra))

    def with_conflicts(self, conflicts: tuple[AnswerConflict, ...]) -> ScoreResult:
        """A copy naming the FHIR answers whose weight and code disagreed (flagged)."""
        if not conflicts:
            return self
        return self._replace(
            answer_conflicts=conflicts, flags=self.flags | {Flag.ANSWER_CODE_CONFLICT}
        )

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (no answers: those are PHI and travel separately)."""
        return {
            "instrument_id": self.instrument_id,
            "instrument_version": self.instrument_version,
            "scoring_version": self.scoring_version,
            "total": self.total,
            "band": None
            if self.band is None
            else {"code": self.band.code, "label": self.band.label},
            "case": self.case,
            "subscales": {key: sub.as_dict() for key, sub in self.subscales.items()},
            "classifications": {
                key: {"code": c.code, "label": c.label} for key, c in self.classifications.items()
            },
            "critical": [c.as_dict() for c in self.critical],
            "critical_unanswered": [c.as_dict() for c in self.critical_unanswered],
            "indicators": list(self.indicators),
            "flags": sorted(self.flags),
            "missing_items": list(self.missing_items),
            "invalid_items": list(self.invalid_items),
            "unknown_items": list(self.unknown_items),
            "answer_conflicts": [c.as_dict() for c in self.answer_conflicts],
        }

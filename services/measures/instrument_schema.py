"""The schema of an instrument catalog file: every fact a scorer needs, each with its source.

An instrument is data, not code: a new instrument or a corrected cut-off is a JSON change reviewed
like any other, and the generic engine in ``scoring.py`` never needs an instrument-specific branch.
Cross-references (items, answer lists, sources, bands) are checked by ``catalog_checks.py``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Op = Literal[">=", ">", "<=", "<", "==", "!="]
Direction = Literal["higher_is_worse", "higher_is_better"]
Evidence = Literal["verified", "literature", "secondary", "derived", "organisation"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Frozen):
    """A citation; ``evidence`` keeps the research notes' distinction of checked vs cited facts."""

    id: str
    citation: str
    url: str | None = None
    evidence: Evidence = Field(
        description="verified: checked against the source; literature: standard reference not "
        "re-checked; secondary: taken from implementations or mirrors; derived: follows from "
        "other cited facts; organisation: an org's override."
    )
    note: str | None = None


class Alternative(_Frozen):
    """A value another source gives for the same fact, kept so an org can choose it instead."""

    value: float | None = None
    description: str
    sources: tuple[str, ...] = Field(min_length=1)


class _Sourced(_Frozen):
    sources: tuple[str, ...] = Field(min_length=1)
    note: str | None = None
    alternatives: tuple[Alternative, ...] = ()


class Provenance(_Sourced):
    """Where a group of facts (such as the LOINC codes) comes from."""


class AnswerOption(_Frozen):
    value: int = Field(description="The option's answer value, before any reverse scoring.")
    text: str
    code: str | None = Field(default=None, description="LOINC answer code (LA...), if any.")


class AnswerList(_Sourced):
    id: str
    loinc: str | None = Field(default=None, description="LOINC answer list id (LL...), if any.")
    options: tuple[AnswerOption, ...] = Field(min_length=2)
    boolean: bool = Field(
        default=False, description="A yes/no list: FHIR valueBoolean true/false maps to 1/0."
    )


class CountSpec(_Frozen):
    """Counts the items (listed, or of a subscale) whose answer satisfies ``op value``."""

    items: tuple[str, ...] | None = None
    subscale: str | None = None
    op: Op
    value: float

    @model_validator(mode="after")
    def _one_target(self) -> CountSpec:
        if (self.items is None) == (self.subscale is None):
            raise ValueError("count needs exactly one of items or subscale")
        return self


class Condition(_Frozen):
    """A boolean test on answer values: one item, a count of items, or any/all of conditions."""

    item: str | None = None
    count: CountSpec | None = None
    any: tuple[Condition, ...] | None = None
    all: tuple[Condition, ...] | None = None
    op: Op | None = None
    value: float | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        forms = [self.item, self.count, self.any, self.all]
        if sum(form is not None for form in forms) != 1:
            raise ValueError("a condition has exactly one of item, count, any, all")
        needs_comparison = self.item is not None or self.count is not None
        if needs_comparison != (self.op is not None and self.value is not None):
            raise ValueError("item and count conditions need op and value; any/all take none")
        return self


class EnableWhen(_Frozen):
    """Skip logic: the item is asked only when another item's answer compares so."""

    item: str
    op: Literal["==", "!="]
    value: int


class Item(_Frozen):
    id: str
    label: str = Field(description="Short topic label for staff; not the licensed wording.")
    text: str | None = Field(
        default=None, description="Published wording, only where a source gives it verbatim."
    )
    loinc: str | None = None
    answers: str = Field(description="Id of the item's answer list.")
    scored: bool = Field(default=True, description="Counts towards the total and subscales.")
    required: bool | None = Field(
        default=None, description="Must be answered for a complete response; defaults to scored."
    )
    reverse: bool = False
    enable_when: EnableWhen | None = None
    value_if_skipped: int | None = Field(
        default=None, description="Answer value assumed when skip logic did not ask the item."
    )

    @property
    def is_required(self) -> bool:
        return self.scored if self.required is None else self.required


class Band(_Frozen):
    min: float
    max: float
    code: str
    label: str


class Bands(_Sourced):
    bands: tuple[Band, ...] = Field(min_length=1)


class Cutoff(_Sourced):
    """Caseness: the score at which a screen is positive (``populations`` can differ)."""

    threshold: float
    direction: Literal["at_or_above", "at_or_below"] = "at_or_above"
    label: str
    populations: dict[str, float] = Field(default_factory=dict)


class ReliableChange(_Sourced):
    """The smallest change, in points, that exceeds measurement error (Jacobson-Truax)."""

    value: float = Field(gt=0)


class ResponseRule(_Sourced):
    min_reduction: float = Field(gt=0, le=1, description="Fraction of the baseline score.")


class RemissionRule(_Sourced):
    below: float = Field(description="Remission when the score is strictly below this.")
    baseline_at_least: float | None = Field(
        default=None, description="Only episodes whose baseline reached this can remit."
    )


class Scale(_Frozen):
    """A scored quantity (the total or a subscale) and everything that interprets it."""

    min: float
    max: float
    multiplier: float = 1
    direction: Direction = "higher_is_worse"
    loinc: str | None = None
    bands: Bands | None = None
    caseness: Cutoff | None = None
    reliable_change: ReliableChange | None = None
    response: ResponseRule | None = None
    remission: RemissionRule | None = None
    note: str | None = None


class Subscale(Scale):
    id: str
    name: str
    items: tuple[str, ...] = Field(min_length=1)


class MissingPolicy(_Sourced):
    policy: Literal["complete_only", "prorate"]
    max_missing: int = Field(default=0, ge=0)


class Scoring(_Sourced):
    method: Literal["sum", "none"]
    missing: MissingPolicy


class Rule(_Sourced):
    """A named condition: ``critical`` rules raise alerts, ``indicator`` rules annotate."""

    id: str
    kind: Literal["critical", "indicator"]
    label: str
    when: Condition
    severity: Literal["urgent", "high", "info"] = "info"
    action: str | None = None


class Level(_Frozen):
    code: str
    label: str
    when: Condition | None = None


class Classification(_Sourced):
    """Ordered levels; the first whose condition holds wins, else ``default``."""

    id: str
    label: str
    levels: tuple[Level, ...] = Field(min_length=1)
    default: Level


class License(_Sourced):
    holder: str
    statement: str
    commercial_use_restricted: bool
    conditions: tuple[str, ...] = ()


class Instrument(_Frozen):
    """One version of one instrument, as read from ``catalog/<id>.v<version>.json``."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    version: int = Field(ge=1)
    name: str
    short_name: str
    description: str
    subject: Literal["patient", "clinician"] = "patient"
    reporting: Literal["individual", "anonymous_team_aggregate"] = "individual"
    population: str
    recall_period: str | None = None
    stem: str | None = None
    loinc_panel: str | None = None
    codes: Provenance
    answer_lists: tuple[AnswerList, ...]
    items: tuple[Item, ...] = Field(min_length=1)
    scoring: Scoring
    total: Scale | None = None
    subscales: tuple[Subscale, ...] = ()
    rules: tuple[Rule, ...] = ()
    classifications: tuple[Classification, ...] = ()
    license: License
    sources: tuple[Source, ...] = Field(min_length=1)
    overrides_applied: dict[str, object] | None = Field(
        default=None, description="Set only by overrides.apply_overrides, never in a file."
    )
    fingerprint: str | None = Field(
        default=None, description="Short hash of the applied overrides, None for the catalog."
    )

    @property
    def key(self) -> str:
        """The scoring version string: which instrument, version and override set scored it."""
        base = f"{self.id}.v{self.version}"
        return base if self.fingerprint is None else f"{base}+org.{self.fingerprint}"

    @property
    def wording_complete(self) -> bool:
        return all(item.text is not None for item in self.items)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def answer_list(self, list_id: str) -> AnswerList:
        for answer_list in self.answer_lists:
            if answer_list.id == list_id:
                return answer_list
        raise KeyError(list_id)

    def scales(self) -> dict[str, Scale]:
        """The total (key ``total``) and every subscale, by id."""
        found: dict[str, Scale] = {} if self.total is None else {"total": self.total}
        found.update({sub.id: sub for sub in self.subscales})
        return found

"""The schema of an instrument catalog file: every fact a scorer needs, each with its source.

An instrument is data, not code: a new instrument or a corrected cut-off is a JSON change reviewed
like any other, and the generic engine in ``scoring.py`` never needs an instrument-specific branch.
Cross-references (items, answer lists, sources, bands) are checked by ``checks.py``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Op = Literal[">=", ">", "<=", "<", "==", "!="]
Direction = Literal["higher_is_worse", "higher_is_better"]
Evidence = Literal["verified", "literature", "secondary", "derived", "organisation"]

# Every answer option of every instrument lies in this range (the catalog's use 0-5). A submitted
# answer outside it cannot be any item's answer, so the API refuses it (422) instead of storing
# it as an out-of-range item under the missing-item policy.
ANSWER_MIN, ANSWER_MAX = 0, 100


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Frozen):
    """A citation; ``evidence`` says whether its facts were checked against it or only cited."""

    id: str = Field(
        description="Id other facts cite this source by, in their `sources`.",
        examples=["kroenke2001"],
    )
    citation: str = Field(
        description="Bibliographic reference or document title.",
        examples=["Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16(9):606-613"],
    )
    url: str | None = Field(default=None, description="Where the source can be read, if online.")
    evidence: Evidence = Field(
        description="verified: checked against the source; literature: standard reference not "
        "re-checked; secondary: taken from implementations or mirrors; derived: follows from "
        "other cited facts; organisation: an org's override.",
        examples=["literature"],
    )
    note: str | None = Field(default=None, description="What the source says or how it was read.")


class Alternative(_Frozen):
    """A value another source gives for the same fact, kept so an org can choose it instead."""

    value: float | None = Field(
        default=None, description="The other value, when the fact is a number.", examples=[9]
    )
    description: str = Field(description="What the alternative is and where it is used.")
    sources: tuple[str, ...] = Field(
        min_length=1, description="Ids of the instrument's `sources` that give it."
    )


class _Sourced(_Frozen):
    sources: tuple[str, ...] = Field(
        min_length=1,
        description="Ids of the instrument's `sources` this fact comes from.",
        examples=[["kroenke2001"]],
    )
    note: str | None = Field(
        default=None, description="Remarks on the fact: discrepancies between sources, caveats."
    )
    alternatives: tuple[Alternative, ...] = Field(
        default=(), description="Values other sources give for the same fact."
    )


class Provenance(_Sourced):
    """Where a group of facts (such as the LOINC codes) comes from."""


class AnswerOption(_Frozen):
    """One choice of an answer list."""

    value: int = Field(
        ge=ANSWER_MIN,
        le=ANSWER_MAX,
        description="The option's answer value, before any reverse scoring.",
        examples=[0],
    )
    text: str = Field(description="The option's display text.", examples=["Not at all"])
    code: str | None = Field(default=None, description="LOINC answer code (LA...), if any.")


class AnswerList(_Sourced):
    """The choices an item offers, shared by the items that name it."""

    id: str = Field(description="Id items refer to in `answers`.", examples=["phq_frequency"])
    loinc: str | None = Field(default=None, description="LOINC answer list id (LL...), if any.")
    options: tuple[AnswerOption, ...] = Field(
        min_length=2, description="The choices, in display order."
    )
    boolean: bool = Field(
        default=False, description="A yes/no list: FHIR valueBoolean true/false maps to 1/0."
    )


class CountSpec(_Frozen):
    """Counts the items (listed, or of a subscale) whose answer satisfies ``op value``."""

    items: tuple[str, ...] | None = Field(
        default=None, description="Item ids to count among (or give `subscale`)."
    )
    subscale: str | None = Field(
        default=None, description="Count among this subscale's items (or give `items`)."
    )
    op: Op = Field(description="How each answer is compared with `value`.", examples=[">="])
    value: float = Field(description="The value each answer is compared with.", examples=[2])

    @model_validator(mode="after")
    def _one_target(self) -> CountSpec:
        if (self.items is None) == (self.subscale is None):
            raise ValueError("count needs exactly one of items or subscale")
        return self


class Condition(_Frozen):
    """A boolean test on answer values: one item, a count of items, or any/all of conditions."""

    item: str | None = Field(
        default=None,
        description="Test this item's answer against `op` and `value`.",
        examples=["phq9_9"],
    )
    count: CountSpec | None = Field(
        default=None, description="Test how many items satisfy a comparison (`op` and `value`)."
    )
    any: tuple[Condition, ...] | None = Field(
        default=None, description="True when at least one of these conditions holds."
    )
    all: tuple[Condition, ...] | None = Field(
        default=None, description="True when every one of these conditions holds."
    )
    op: Op | None = Field(
        default=None, description="Comparison for `item` or `count`.", examples=[">="]
    )
    value: float | None = Field(
        default=None, description="Right-hand side of the comparison.", examples=[1]
    )

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

    item: str = Field(description="Id of the item whose answer decides.", examples=["cssrs_2"])
    op: Literal["==", "!="] = Field(description="How that answer is compared.", examples=["=="])
    value: int = Field(description="The answer value compared with.", examples=[1])


class Item(_Frozen):
    """One question of the instrument."""

    id: str = Field(description="Item id, the key of its answer in `answers`.", examples=["phq9_1"])
    label: str = Field(description="Short topic label for staff; not the licensed wording.")
    text: str | None = Field(
        default=None, description="Published wording, only where a source gives it verbatim."
    )
    loinc: str | None = Field(
        default=None, description="LOINC code of the question, if any.", examples=["44250-9"]
    )
    answers: str = Field(description="Id of the item's answer list.")
    scored: bool = Field(default=True, description="Counts towards the total and subscales.")
    required: bool | None = Field(
        default=None, description="Must be answered for a complete response; defaults to scored."
    )
    reverse: bool = Field(
        default=False, description="Reverse-scored: the answer counts as (max - value + min)."
    )
    enable_when: EnableWhen | None = Field(
        default=None, description="Skip logic: asked only when this holds; always asked if null."
    )
    value_if_skipped: int | None = Field(
        default=None, description="Answer value assumed when skip logic did not ask the item."
    )

    @property
    def is_required(self) -> bool:
        return self.scored if self.required is None else self.required


class Band(_Frozen):
    """A severity range of a scale, bounds included."""

    min: float = Field(description="Lowest score in the band (inclusive).", examples=[10])
    max: float = Field(description="Highest score in the band (inclusive).", examples=[14])
    code: str = Field(description="Stable band code.", examples=["moderate"])
    label: str = Field(description="Band label as published.", examples=["Moderate"])


class Bands(_Sourced):
    """The severity bands of a scale and where they come from."""

    bands: tuple[Band, ...] = Field(
        min_length=1, description="The bands, lowest first, covering the whole scale."
    )


class Cutoff(_Sourced):
    """Caseness: the score at which a screen is positive (``populations`` can differ)."""

    threshold: float = Field(description="The cut-off score.", examples=[10])
    direction: Literal["at_or_above", "at_or_below"] = Field(
        default="at_or_above",
        description="Positive at or above the threshold, or at or below it.",
    )
    label: str = Field(
        description="What a positive screen means.", examples=["Probable major depression"]
    )
    populations: dict[str, float] = Field(
        default_factory=dict,
        description="Threshold per population where it differs (AUDIT-C: male, female).",
        examples=[{"male": 4, "female": 3}],
    )


class ReliableChange(_Sourced):
    """The smallest change, in points, that exceeds measurement error (Jacobson-Truax)."""

    value: float = Field(
        gt=0, description="The reliable-change threshold, in score points.", examples=[6]
    )


class ResponseRule(_Sourced):
    """Treatment response: a reduction of at least a fraction of the baseline score, for
    patients who were cases at baseline."""

    min_reduction: float = Field(
        gt=0, le=1, description="Fraction of the baseline score.", examples=[0.5]
    )
    baseline_at_least: float | None = Field(
        default=None,
        description="Only patients whose baseline reached this (and the caseness cut-off) "
        "can respond; null: the caseness cut-off alone decides.",
        examples=[10],
    )


class RemissionRule(_Sourced):
    """Remission: a score below a threshold, for patients who were cases at baseline."""

    below: float = Field(
        description="Remission when the score is strictly below this.", examples=[5]
    )
    baseline_at_least: float | None = Field(
        default=None,
        description="Only patients whose baseline reached this (and the caseness cut-off) "
        "can remit; null: the caseness cut-off alone decides.",
        examples=[10],
    )


class Scale(_Frozen):
    """A scored quantity (the total or a subscale) and everything that interprets it."""

    min: float = Field(description="Lowest possible score.", examples=[0])
    max: float = Field(description="Highest possible score.", examples=[27])
    multiplier: float = Field(
        default=1, description="Factor applied to the item sum (DASS-21 doubles its subscales)."
    )
    direction: Direction = Field(
        default="higher_is_worse", description="Whether a higher score is worse or better."
    )
    loinc: str | None = Field(
        default=None, description="LOINC code of the score, if any.", examples=["44261-6"]
    )
    bands: Bands | None = Field(default=None, description="Severity bands, if published.")
    caseness: Cutoff | None = Field(
        default=None, description="The screening cut-off, if published."
    )
    reliable_change: ReliableChange | None = Field(
        default=None, description="Smallest change beyond measurement error, if known."
    )
    response: ResponseRule | None = Field(
        default=None, description="What counts as treatment response, if defined."
    )
    remission: RemissionRule | None = Field(
        default=None, description="What counts as remission, if defined."
    )
    note: str | None = Field(default=None, description="Remarks on how the scale is scored.")


class Subscale(Scale):
    """A scale over some of the items (a DASS-21 subscale, a PCL-5 cluster)."""

    id: str = Field(description="Subscale id, its key in `subscales`.", examples=["depression"])
    name: str = Field(description="Display name.", examples=["Depression"])
    items: tuple[str, ...] = Field(min_length=1, description="Ids of the items it sums.")


class MissingPolicy(_Sourced):
    """What happens when required items are unanswered."""

    policy: Literal["complete_only", "prorate"] = Field(
        description="`complete_only`: no score unless every required item is answered; "
        "`prorate`: scale the mean of the answered items up to the full length.",
        examples=["complete_only"],
    )
    max_missing: int = Field(
        default=0, ge=0, description="Most unanswered items that prorating still accepts."
    )


class Scoring(_Sourced):
    """How the total is computed."""

    method: Literal["sum", "none"] = Field(
        description="`sum` of item values, or `none` (classified only, as the C-SSRS screen).",
        examples=["sum"],
    )
    missing: MissingPolicy = Field(description="The missing-item policy.")


class Rule(_Sourced):
    """A named condition: ``critical`` rules raise alerts, ``indicator`` rules annotate."""

    id: str = Field(
        description="Rule id, named by alerts it raises.", examples=["phq9_item9_positive"]
    )
    kind: Literal["critical", "indicator"] = Field(
        description="`critical` raises an alert; `indicator` only annotates the score."
    )
    label: str = Field(
        description="What the rule detects.",
        examples=["Thoughts of death or self-harm endorsed (item 9)"],
    )
    when: Condition = Field(description="The condition on the answers that fires it.")
    severity: Literal["urgent", "high", "info"] = Field(
        default="info", description="How soon a clinician should act.", examples=["urgent"]
    )
    action: str | None = Field(
        default=None, description="What the clinician should do when it fires."
    )
    if_undecided: Literal["unanswered_alert", "raise"] = Field(
        default="unanswered_alert",
        description="What a `critical` rule does when unanswered items leave it undecided (it "
        "does not hold on the answers given, but answers to the missing items could make it "
        "hold): `unanswered_alert` lists it under `critical_unanswered` and raises the "
        "assessment's one `critical_item_unanswered` alert; `raise` raises this rule's own "
        "alert as if it held, with the missing items as evidence (the C-SSRS high-risk "
        "criteria). An unknown answer never reads as no.",
        examples=["raise"],
    )


class Level(_Frozen):
    """One level of a classification."""

    code: str = Field(description="Stable level code.", examples=["high_risk"])
    label: str = Field(description="Level label as published.", examples=["High risk"])
    when: Condition | None = Field(
        default=None, description="Condition for this level; null for the default level."
    )


class Classification(_Sourced):
    """Ordered levels; the first whose condition holds wins, else ``default``.

    With items unanswered, a level may be undecided (neither holding nor ruled out). Levels are
    tried most severe first, so the first level that is not ruled out decides: if it holds it
    is the result, if it is undecided the result is ``indeterminate`` (a missing answer never
    lets a less severe level, or the default, stand in for one that cannot be excluded).
    """

    id: str = Field(description="Classification id, its key in `classifications`.")
    label: str = Field(description="What is classified.", examples=["Suicide risk level"])
    levels: tuple[Level, ...] = Field(
        min_length=1, description="Levels, most severe first, tried in order."
    )
    default: Level = Field(description="The level when every condition is ruled out.")
    indeterminate: Level = Field(
        default=Level(code="indeterminate", label="Indeterminate: answers missing"),
        description="The level when unanswered items leave a level undecided before any level "
        "holds: a more severe level can then not be ruled out, so no level is reported.",
    )


class License(_Sourced):
    """Who holds the instrument's rights and what use they allow."""

    holder: str = Field(description="The rights holder.", examples=["Pfizer Inc."])
    statement: str = Field(description="The permission statement, as published.")
    commercial_use_restricted: bool = Field(
        description="True when commercial use needs the holder's permission: the instrument "
        "stays off until an organisation enables it."
    )
    conditions: tuple[str, ...] = Field(
        default=(), description="Conditions of use (attribution, no modification, ...)."
    )


class Instrument(_Frozen):
    """One version of one instrument, as read from ``catalog/<id>.v<version>.json``."""

    id: str = Field(pattern=r"^[a-z0-9_]+$", description="Instrument id.", examples=["phq9"])
    version: int = Field(ge=1, description="Catalog version of the instrument.", examples=[1])
    name: str = Field(description="Full name.", examples=["Patient Health Questionnaire-9"])
    short_name: str = Field(description="Usual abbreviation.", examples=["PHQ-9"])
    description: str = Field(description="What it measures and for whom.")
    subject: Literal["patient", "clinician"] = Field(
        default="patient",
        description="Who is assessed: a patient, or a clinician (staff well-being: answered "
        "anonymously, with no person's id and a coarsened completion time).",
    )
    reporting: Literal["individual", "anonymous_team_aggregate"] = Field(
        default="individual",
        description="`anonymous_team_aggregate`: reported only as team aggregates.",
    )
    population: str = Field(description="Who it is validated for.", examples=["adults"])
    recall_period: str | None = Field(
        default=None, description="The period asked about.", examples=["last 2 weeks"]
    )
    stem: str | None = Field(default=None, description="The question stem, where published.")
    loinc_panel: str | None = Field(
        default=None, description="LOINC code of the panel, if any.", examples=["44249-1"]
    )
    codes: Provenance = Field(description="Where the instrument's codes come from.")
    answer_lists: tuple[AnswerList, ...] = Field(description="The answer lists items name.")
    items: tuple[Item, ...] = Field(min_length=1, description="The items, in order.")
    scoring: Scoring = Field(description="Scoring method and missing-item policy.")
    total: Scale | None = Field(
        default=None, description="The total score's scale; null for unscored instruments."
    )
    subscales: tuple[Subscale, ...] = Field(default=(), description="Subscales, if any.")
    rules: tuple[Rule, ...] = Field(default=(), description="Critical-item and indicator rules.")
    classifications: tuple[Classification, ...] = Field(
        default=(), description="Non-numeric results, such as the C-SSRS risk level."
    )
    license: License = Field(description="Rights holder and permitted use.")
    sources: tuple[Source, ...] = Field(
        min_length=1, description="Every source the facts above cite."
    )
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
    def answered_by_staff(self) -> bool:
        """Staff rate themselves (the burnout item): such answers are anonymous, see
        :mod:`services.measures.assessments.staff`."""
        return self.subject == "clinician"

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

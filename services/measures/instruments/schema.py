"""The schema of an instrument catalog file: every fact a scorer needs, each with its source.

An instrument is data, not code: a new instrument or a corrected cut-off is a JSON change reviewed
like any other, and the generic engine in ``scoring/engine.py`` never needs an instrument-specific
branch. Cross-references (items, answer lists, sources, bands) are checked by ``checks.py``.

This module holds the instrument and its scoring, rules and licence; its parts live in
``sources.py`` (citations), ``items.py`` (questions and conditions) and ``scales.py`` (scores,
bands, cut-offs, change rules), all re-exported here.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from services.measures.instruments.items import (
    ANSWER_MAX,
    ANSWER_MIN,
    AnswerList,
    AnswerOption,
    Condition,
    CountSpec,
    EnableWhen,
    Item,
    Op,
)
from services.measures.instruments.scales import (
    Band,
    Bands,
    Cutoff,
    Direction,
    ReliableChange,
    RemissionRule,
    ResponseRule,
    Scale,
    Subscale,
)
from services.measures.instruments.sources import (
    Alternative,
    Evidence,
    FrozenModel,
    Provenance,
    Source,
    SourcedModel,
)

__all__ = [
    "ANSWER_MAX",
    "ANSWER_MIN",
    "Alternative",
    "AnswerList",
    "AnswerOption",
    "Band",
    "Bands",
    "Classification",
    "Condition",
    "CountSpec",
    "Cutoff",
    "Direction",
    "EnableWhen",
    "Evidence",
    "FrozenModel",
    "Instrument",
    "Item",
    "Level",
    "License",
    "MissingPolicy",
    "Op",
    "Provenance",
    "ReliableChange",
    "RemissionRule",
    "ResponseRule",
    "Rule",
    "Scale",
    "Scoring",
    "Source",
    "SourcedModel",
    "Subscale",
]


class MissingPolicy(SourcedModel):
    """What happens when required items are unanswered."""

    policy: Literal["complete_only", "prorate"] = Field(
        description="`complete_only`: no score unless every required item is answered; "
        "`prorate`: scale the mean of the answered items up to the full length.",
        examples=["complete_only"],
    )
    max_missing: int = Field(
        default=0, ge=0, description="Most unanswered items that prorating still accepts."
    )


class Scoring(SourcedModel):
    """How the total is computed."""

    method: Literal["sum", "none"] = Field(
        description="`sum` of item values, or `none` (classified only, as the C-SSRS screen).",
        examples=["sum"],
    )
    missing: MissingPolicy = Field(description="The missing-item policy.")


class Rule(SourcedModel):
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


class Level(FrozenModel):
    """One level of a classification."""

    code: str = Field(description="Stable level code.", examples=["high_risk"])
    label: str = Field(description="Level label as published.", examples=["High risk"])
    when: Condition | None = Field(
        default=None, description="Condition for this level; null for the default level."
    )


class Classification(SourcedModel):
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


class License(SourcedModel):
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


class Instrument(FrozenModel):
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

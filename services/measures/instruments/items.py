"""A catalog instrument's questions: items, their answer lists, and the conditions (skip logic,
rules, counts) that read answers."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from services.measures.instruments.sources import (
    FrozenModel,
    SourcedModel,
)

Op = Literal[">=", ">", "<=", "<", "==", "!="]


# Every answer option of every instrument lies in this range (the catalog's use 0-5). A submitted
# answer outside it cannot be any item's answer, so the API refuses it (422) instead of storing
# it as an out-of-range item under the missing-item policy.
ANSWER_MIN, ANSWER_MAX = 0, 100


class AnswerOption(FrozenModel):
    """One choice of an answer list."""

    value: int = Field(
        ge=ANSWER_MIN,
        le=ANSWER_MAX,
        description="The option's answer value, before any reverse scoring.",
        examples=[0],
    )
    text: str = Field(description="The option's display text.", examples=["Not at all"])
    code: str | None = Field(default=None, description="LOINC answer code (LA...), if any.")


class AnswerList(SourcedModel):
    """The choices an item offers, shared by the items that name it."""

    id: str = Field(description="Id items refer to in `answers`.", examples=["phq_frequency"])
    loinc: str | None = Field(default=None, description="LOINC answer list id (LL...), if any.")
    options: tuple[AnswerOption, ...] = Field(
        min_length=2, description="The choices, in display order."
    )
    boolean: bool = Field(
        default=False, description="A yes/no list: FHIR valueBoolean true/false maps to 1/0."
    )


class CountSpec(FrozenModel):
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


class Condition(FrozenModel):
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


class EnableWhen(FrozenModel):
    """Skip logic: the item is asked only when another item's answer compares so."""

    item: str = Field(description="Id of the item whose answer decides.", examples=["cssrs_2"])
    op: Literal["==", "!="] = Field(description="How that answer is compared.", examples=["=="])
    value: int = Field(description="The answer value compared with.", examples=[1])


class Item(FrozenModel):
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

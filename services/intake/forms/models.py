"""Feedback forms as data: the models a form's JSON file must satisfy, and the cached loader.

Forms are JSON files in this package so that adding or rewording a form is a reviewed data change,
not code. Loading checks more than shape: item ids are unique, Likert values ascend, and the
"top box" of every Likert item is the top of its scale. That last rule makes "higher is better"
true for every scored item, which scoring and the metrics service rely on.

Item wording is written for this project. Where a form borrows a structure or a domain from a
published instrument, ``modelled_on`` cites it; no licensed item text is copied.
"""

from __future__ import annotations

import json
from functools import cache, cached_property
from importlib import resources
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.intake.errors import UnknownFormError

__all__ = [
    "AnswerType",
    "Basis",
    "FeedbackForm",
    "FormItem",
    "FreeText",
    "Likert",
    "LikertOption",
    "RuptureRules",
    "YesNo",
    "get_form",
    "load_forms",
]

_SLUG = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LikertOption(_Frozen):
    """One point of a Likert scale."""

    value: int = Field(description="The number stored and scored for this answer.")
    label: str = Field(min_length=1, description="What the respondent sees.")


class Likert(_Frozen):
    """An ordered scale; higher values are better."""

    type: Literal["likert"] = "likert"
    options: tuple[LikertOption, ...] = Field(min_length=2)
    top_box: frozenset[int] = Field(
        min_length=1, description="The values that count as the most favourable answer."
    )

    @model_validator(mode="after")
    def _ordered_with_top_box_at_the_top(self) -> Likert:
        values = [o.value for o in self.options]
        if values != sorted(set(values)):
            raise ValueError("Likert option values must be unique and ascending")
        if not self.top_box <= set(values):
            raise ValueError("top_box must be option values")
        if set(values[-len(self.top_box) :]) != self.top_box:
            raise ValueError("top_box must be the highest values of the scale")
        return self

    @cached_property
    def values(self) -> tuple[int, ...]:
        # Cached: forms are loaded once and scoring a batch of feedback reads this per answer.
        return tuple(o.value for o in self.options)

    def label_of(self, value: int) -> str:
        return next(o.label for o in self.options if o.value == value)


class YesNo(_Frozen):
    """A yes/no question; ``top_box`` says which answer is the favourable one."""

    type: Literal["yes_no"] = "yes_no"
    top_box: bool = Field(description="The answer that counts as favourable (yes or no).")


class FreeText(_Frozen):
    """A comment. Stored for the org, never scored, never on the feed, never logged."""

    type: Literal["free_text"] = "free_text"
    max_length: int = Field(default=2000, ge=1, le=4000)


AnswerType = Annotated[Likert | YesNo | FreeText, Field(discriminator="type")]


class FormItem(_Frozen):
    """One question of a form."""

    id: str = Field(pattern=_SLUG, max_length=64, description="Stable id; never reused.")
    text: str = Field(min_length=1, description="The question as the respondent reads it.")
    required: bool = Field(default=False, description="Whether a submission must answer it.")
    answer: AnswerType

    @property
    def scored(self) -> bool:
        """Whether the item yields a number (free text never does)."""
        return not isinstance(self.answer, FreeText)


class Basis(_Frozen):
    """A published instrument or standard a form is modelled on."""

    name: str
    reference: str = Field(description="Bibliographic reference or publisher.")
    url: str | None = None
    borrowed: str = Field(description="What was taken from it: a domain, a scale, a structure.")


class RuptureRules(_Frozen):
    """When a submission signals a rupture of the working alliance (rules in :mod:`.rupture`).

    ``at_or_below``: an item answered at or below this value. ``drop_of``: an item answered at
    least this many points below the same patient's previous submission of the form. Either or
    both; each rule reads every item in ``items``. ``sources`` cite the published basis.
    """

    items: tuple[str, ...] = Field(min_length=1, description="The Likert items the rules read.")
    at_or_below: int | None = Field(default=None, description="Fires at or below this value.")
    drop_of: int | None = Field(default=None, ge=1, description="Fires on a drop this large.")
    sources: tuple[Basis, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _some_rule(self) -> RuptureRules:
        if self.at_or_below is None and self.drop_of is None:
            raise ValueError("a rupture block needs at_or_below, drop_of or both")
        return self


class FeedbackForm(_Frozen):
    """A feedback form: metadata, the sources it is modelled on, and its items in order."""

    id: str = Field(pattern=_SLUG, max_length=64)
    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    title: str
    description: str
    modelled_on: tuple[Basis, ...] = Field(min_length=1)
    items: tuple[FormItem, ...] = Field(min_length=1)
    rupture: RuptureRules | None = None

    @model_validator(mode="after")
    def _unique_item_ids(self) -> FeedbackForm:
        ids = [item.id for item in self.items]
        if len(ids) != len(set(ids)):
            raise ValueError(f"form {self.id} repeats an item id")
        return self

    @model_validator(mode="after")
    def _rupture_reads_likert_items(self) -> FeedbackForm:
        for item_id in () if self.rupture is None else self.rupture.items:
            item = self.item(item_id)
            if item is None or not isinstance(item.answer, Likert):
                raise ValueError(f"form {self.id}: rupture item {item_id} is not a Likert item")
        return self

    def item(self, item_id: str) -> FormItem | None:
        """The item with ``item_id``, or None."""
        return next((i for i in self.items if i.id == item_id), None)


@cache
def load_forms() -> dict[str, FeedbackForm]:
    """Every form in this package, by id (read and checked once per process)."""
    forms: dict[str, FeedbackForm] = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        form = FeedbackForm.model_validate(json.loads(entry.read_text("utf-8")))
        if entry.name != f"{form.id}.json":
            raise ValueError(f"{entry.name} declares form id {form.id!r}")
        forms[form.id] = form
    return forms


def get_form(form_id: str) -> FeedbackForm:
    """The form with ``form_id``; :class:`UnknownFormError` when there is none."""
    try:
        return load_forms()[form_id]
    except KeyError:
        raise UnknownFormError(form_id) from None

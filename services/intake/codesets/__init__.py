"""Published code sets for the demographic categories intake records, kept as JSON data.

Each JSON file in this package holds one code set with the source it is taken from, so a reviewer
can check every code against its publisher and an equity analyst can see what a category means.
Codes are the publisher's own (SNOMED CT, CDC Race & Ethnicity, SOPT, ...): an EHR can send what it
already stores, and FHIR output needs no translation table.

Modules alongside: :mod:`.age` (age bands from a birth year), :mod:`.race` (OMB categories, 1997
and 2024), :mod:`.language` (BCP 47 tags), :mod:`.rurality` (RUCA categories).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["CODESET_IDS", "CodeSet", "CodeSetId", "Concept", "Source", "codeset"]

CodeSetId = Literal[
    "sex",
    "gender_identity",
    "race",
    "ethnicity",
    "race_ethnicity_2024",
    "payer_type",
    "rurality",
    "languages",
]
CODESET_IDS: tuple[CodeSetId, ...] = get_args(CodeSetId)


class Source(BaseModel):
    """Where a code set comes from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="Publisher, title and version of the source.")
    url: str = Field(description="Where the source can be read.")
    note: str | None = Field(default=None, description="How this project uses or adapts it.")


class Concept(BaseModel):
    """One code of a code set."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(description="The code exactly as the source publishes it.")
    display: str = Field(description="Human-readable meaning.")
    system: str | None = Field(
        default=None, description="Code system URI when it differs from the set's default."
    )
    properties: dict[str, str] = Field(
        default_factory=dict, description="Mappings to other code sets, e.g. `spd15_2024`."
    )


class CodeSet(BaseModel):
    """A closed list of codes for one category, with its source."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    title: str
    description: str
    source: Source
    system: str = Field(description="Default code system URI (FHIR `Coding.system`).")
    concepts: tuple[Concept, ...]

    @model_validator(mode="after")
    def _codes_are_unique(self) -> CodeSet:
        codes = [c.code for c in self.concepts]
        if len(codes) != len(set(codes)):
            raise ValueError(f"code set {self.id} repeats a code")
        return self

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code, in the published order."""
        return tuple(c.code for c in self.concepts)

    def __contains__(self, code: object) -> bool:
        return any(c.code == code for c in self.concepts)

    def concept(self, code: str) -> Concept:
        """The concept for ``code``; KeyError when the set has no such code."""
        for concept in self.concepts:
            if concept.code == code:
                return concept
        raise KeyError(code)

    def system_of(self, code: str) -> str:
        """The code system URI a FHIR Coding for ``code`` must carry."""
        return self.concept(code).system or self.system


@cache
def codeset(codeset_id: CodeSetId) -> CodeSet:
    """Load one code set from this package's JSON data (once per process)."""
    if codeset_id not in CODESET_IDS:
        raise KeyError(codeset_id)
    text = resources.files(__package__).joinpath(f"{codeset_id}.json").read_text("utf-8")
    loaded = CodeSet.model_validate(json.loads(text))
    if loaded.id != codeset_id:
        raise ValueError(f"{codeset_id}.json declares id {loaded.id!r}")
    return loaded

"""Where every catalog fact comes from: sources, their alternatives, and the frozen base every
catalog model shares (a catalog file is read once and never changed in memory)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Evidence = Literal["verified", "literature", "secondary", "derived", "organisation"]


class FrozenModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(FrozenModel):
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


class Alternative(FrozenModel):
    """A value another source gives for the same fact, kept so an org can choose it instead."""

    value: float | None = Field(
        default=None, description="The other value, when the fact is a number.", examples=[9]
    )
    description: str = Field(description="What the alternative is and where it is used.")
    sources: tuple[str, ...] = Field(
        min_length=1, description="Ids of the instrument's `sources` that give it."
    )


class SourcedModel(FrozenModel):
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


class Provenance(SourcedModel):
    """Where a group of facts (such as the LOINC codes) comes from."""

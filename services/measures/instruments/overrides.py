"""Organisation overrides of contested cut-offs and change thresholds.

Where published sources disagree (GAD-7 reliable change 4 or 6, PCL-5 cut-off 31 or 33, K6 13 or
14...) the catalog picks one value and cites the others. An organisation may choose differently:
:func:`apply_overrides` returns a new instrument whose overridden facts cite the organisation, and
whose scoring version (``Instrument.key``) carries a fingerprint of the overrides, so every score
says which rules produced it. Only interpretation can change, never items or answer values.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.measures.errors import InvalidOverrideError
from services.measures.instruments.checks import instrument_problems
from services.measures.instruments.schema import Instrument, Scale, Source

ORG_SOURCE_ID = "org-override"


class ScaleOverrides(BaseModel):
    """Values an organisation may set for the total or for one subscale."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    caseness_threshold: float | None = Field(
        default=None, description="The org's caseness cut-off, in score points.", examples=[12]
    )
    caseness_populations: dict[str, float] | None = Field(
        default=None,
        description="The org's cut-off per population (replaces the catalog's).",
        examples=[{"male": 5, "female": 4}],
    )
    reliable_change: float | None = Field(
        default=None,
        gt=0,
        description="The org's reliable-change threshold, in points (for example one derived "
        "from its own baseline SD with the Jacobson-Truax formula).",
        examples=[5],
    )
    remission_below: float | None = Field(
        default=None, description="Remission when the score is strictly below this.", examples=[5]
    )
    response_min_reduction: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="Response: the fraction of the baseline score the score must fall by.",
        examples=[0.5],
    )


class InstrumentOverrides(BaseModel):
    """An organisation's overrides for one instrument, with the reason it gives for them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reason: str = Field(min_length=3, description="Why the organisation departs from the catalog.")
    total: ScaleOverrides | None = Field(default=None, description="Overrides for the total.")
    subscales: dict[str, ScaleOverrides] = Field(
        default_factory=dict, description="Overrides per subscale id."
    )


def apply_overrides(
    inst: Instrument, overrides: Mapping[str, Any] | InstrumentOverrides
) -> Instrument:
    """A copy of ``inst`` with the organisation's values; raises InvalidOverrideError."""
    try:
        spec = (
            overrides
            if isinstance(overrides, InstrumentOverrides)
            else InstrumentOverrides.model_validate(overrides)
        )
    except ValidationError as exc:
        raise InvalidOverrideError(f"{inst.id}: {exc}") from exc
    if inst.overrides_applied is not None:
        raise InvalidOverrideError(f"{inst.id}: overrides apply to catalog instruments only")
    data = inst.model_dump(mode="json")
    if spec.total is not None:
        if inst.total is None:
            raise InvalidOverrideError(f"{inst.id} has no total score to override")
        data["total"] = _apply_scale(inst.total, spec.total, data["total"], inst.id)
    subscales = {sub.id: n for n, sub in enumerate(inst.subscales)}
    for sub_id, sub_spec in spec.subscales.items():
        if sub_id not in subscales:
            raise InvalidOverrideError(f"{inst.id} has no subscale {sub_id!r}")
        index = subscales[sub_id]
        data["subscales"][index] = _apply_scale(
            inst.subscales[index], sub_spec, data["subscales"][index], inst.id
        )
    applied = spec.model_dump(exclude_none=True, exclude_defaults=True)
    applied["reason"] = spec.reason
    data["sources"].append(
        Source(
            id=ORG_SOURCE_ID,
            citation=f"Organisation override: {spec.reason}",
            evidence="organisation",
        ).model_dump()
    )
    data["overrides_applied"] = applied
    data["fingerprint"] = hashlib.sha256(json.dumps(applied, sort_keys=True).encode()).hexdigest()[
        :12
    ]
    adjusted = Instrument.model_validate(data)
    problems = instrument_problems(adjusted)
    if problems:
        raise InvalidOverrideError(f"{inst.id}: " + "; ".join(problems))
    return adjusted


def _apply_scale(
    scale: Scale, spec: ScaleOverrides, data: dict[str, Any], inst_id: str
) -> dict[str, Any]:
    if spec.caseness_threshold is not None or spec.caseness_populations is not None:
        data["caseness"] = _override(
            data.get("caseness"),
            inst_id,
            "caseness",
            threshold=spec.caseness_threshold,
            populations=spec.caseness_populations,
        )
    if spec.reliable_change is not None:
        data["reliable_change"] = _override(
            data.get("reliable_change"), inst_id, "reliable change", value=spec.reliable_change
        )
    if spec.remission_below is not None:
        data["remission"] = _override(
            data.get("remission"), inst_id, "remission", below=spec.remission_below
        )
    if spec.response_min_reduction is not None:
        data["response"] = _override(
            data.get("response"), inst_id, "response", min_reduction=spec.response_min_reduction
        )
    return data


def _override(
    fact: dict[str, Any] | None, inst_id: str, what: str, **values: Any
) -> dict[str, Any]:
    """The fact with new values, citing the organisation and recording the catalog default."""
    if fact is None:
        # Inventing a rule the sources never gave (e.g. PCL-5 remission) is not an override.
        raise InvalidOverrideError(f"{inst_id} has no catalog {what} rule to override")
    changed = {key: value for key, value in values.items() if value is not None}
    default = ", ".join(f"{key} {fact.get(key)!r}" for key in changed)
    note = f"Organisation override (catalog default: {default}). {fact.get('note') or ''}"
    return {**fact, **changed, "sources": [ORG_SOURCE_ID, *fact["sources"]], "note": note.strip()}

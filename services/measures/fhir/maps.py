"""Link maps: how a known third-party Questionnaire's linkIds and local codes map to our items.

Many published forms use linkIds such as ``H1/T1/Q1`` or ``PHQ.1`` and local answer codes that
identify nothing on their own. A link map, kept as reviewed data in ``questionnaire_maps/``,
says which of our items each linkId is and what each local code is worth. A map applies only
when the QuestionnaireResponse names one of the map's questionnaires (or the caller passes it).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.measures.errors import CatalogError

MAPS_DIR = Path(__file__).parent / "questionnaire_maps"


class LocalAnswerCode(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    system: str | None = Field(default=None, description="None matches a coding without system.")
    code: str
    value: int = Field(description="Our answer value for this code.")


class LinkMap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    instrument: str
    questionnaires: tuple[str, ...] = Field(
        min_length=1,
        description="Canonical URLs or references, as QuestionnaireResponses state them.",
    )
    items: dict[str, str] = Field(description="linkId -> our item id.")
    totals: tuple[str, ...] = Field(default=(), description="linkIds that carry a stated total.")
    answers: tuple[LocalAnswerCode, ...] = ()
    source: str = Field(description="Where the mapping was read from.")

    def answer_value(self, system: str | None, code: str | None) -> int | None:
        for local in self.answers:
            if local.code == code and (local.system is None or system in (None, local.system)):
                return local.value
        return None


def questionnaire_reference(qr: Mapping[str, Any]) -> str | None:
    """The questionnaire a response answers: an R4 canonical or an STU3 Reference."""
    ref = qr.get("questionnaire")
    if isinstance(ref, Mapping):
        ref = ref.get("reference")
    return ref if isinstance(ref, str) else None


@functools.cache
def default_link_maps() -> tuple[LinkMap, ...]:
    maps = []
    for path in sorted(MAPS_DIR.glob("*.json")):
        try:
            maps.append(LinkMap.model_validate_json(path.read_text(encoding="utf-8")))
        except (ValidationError, json.JSONDecodeError) as exc:
            raise CatalogError(f"{path.name}: {exc}") from exc
    return tuple(maps)


def find_link_map(
    refs: Iterable[str], instrument_id: str, maps: tuple[LinkMap, ...] | None = None
) -> LinkMap | None:
    """The first map that names one of ``refs`` (a ``|version`` suffix is ignored)."""
    wanted = [ref.split("|", 1)[0] for ref in refs]
    for ref in wanted:
        for link_map in default_link_maps() if maps is None else maps:
            if link_map.instrument == instrument_id and ref in link_map.questionnaires:
                return link_map
    return None

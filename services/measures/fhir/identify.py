"""Which instrument a QuestionnaireResponse answers, when the sender does not say.

In order: the questionnaire canonical is one of ours; a link map knows the questionnaire; or
the LOINC codes of the answered items cover every scored item of an instrument (the largest
such instrument wins, so a PHQ-9 is not mistaken for the PHQ-2 its first two items form).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from services.measures.fhir.common import DEFAULT_CANONICAL_BASE
from services.measures.fhir.maps import default_link_maps, questionnaire_reference
from services.measures.fhir.questionnaire import questionnaire_url
from services.measures.instruments.catalog import Catalog, Instrument


def identify_instrument(
    qr: Mapping[str, Any], catalog: Catalog, *, base: str = DEFAULT_CANONICAL_BASE
) -> Instrument | None:
    ref = (questionnaire_reference(qr) or "").split("|", 1)[0]
    for inst in catalog.latest():
        if ref and ref == questionnaire_url(inst, base):
            return inst
    for link_map in default_link_maps():
        if ref in link_map.questionnaires:
            return catalog.get(link_map.instrument)
    codes = _codes(qr)
    best: tuple[int, Instrument] | None = None
    for inst in catalog.latest():
        wanted = [item.loinc for item in inst.items if item.scored]
        if not wanted or None in wanted or not set(wanted) <= codes:
            continue
        if best is None or len(wanted) > best[0]:
            best = (len(wanted), inst)
    return None if best is None else best[1]


def _codes(qr: Mapping[str, Any]) -> set[str]:
    found: set[str] = set()
    stack = list(qr.get("item") or ())
    for resource in qr.get("contained") or ():
        if isinstance(resource, Mapping) and resource.get("resourceType") == "Questionnaire":
            stack += list(resource.get("item") or ())
    while stack:
        item = stack.pop()
        if not isinstance(item, Mapping):
            continue
        found.add(str(item.get("linkId", "")).lstrip("/"))
        definition = item.get("definition")
        if isinstance(definition, str):
            found.add(definition.rsplit("/", 1)[-1])
        found.update(str(c.get("code")) for c in item.get("code") or () if isinstance(c, Mapping))
        stack += list(item.get("item") or ())
    return found

"""Score Observations for an EHR: a panel whose ``hasMember`` are the item and score Observations.

The shape follows the US Core screening-assessment examples (panel 44249-1 with item
Observations and a total 44261-6), with two deliberate differences: the total is a
``valueQuantity`` (US Core's example uses a string), and the severity band travels as the
total's ``interpretation``. Everything is returned as one transaction Bundle whose entries refer
to each other by ``urn:uuid`` so an EHR can POST it as is. Identifiers are derived from a seed,
so the same score always produces the same Bundle.
"""

from __future__ import annotations

import uuid
from typing import Any

from services.measures.fhir.common import (
    DEFAULT_CANONICAL_BASE,
    LOINC,
    OBSERVATION_CATEGORY,
    ORDINAL_VALUE,
    UCUM,
    answer_coding,
    item_system,
    validated,
)
from services.measures.instruments.schema import Instrument
from services.measures.scoring.result import ScoreResult

#: The namespace of the entry ids (and of the stored ``fhir_id``, see ``observation_ids``).
OBSERVATION_NAMESPACE = uuid.UUID("6f1c7a53-2c55-4d1e-9a57-1d0c2b3e8f41")


def build_score_bundle(
    inst: Instrument,
    result: ScoreResult,
    *,
    subject: str | None,
    effective: str,
    seed: str,
    questionnaire_response: str | None = None,
    base: str = DEFAULT_CANONICAL_BASE,
) -> dict[str, Any]:
    """A validated FHIR R4 transaction Bundle of the panel, item and score Observations.

    ``subject`` is a reference such as ``Patient/123``, None for an anonymous staff answer
    (the Observations then name nobody); ``effective`` a FHIR dateTime; ``seed``
    any string unique to this scored response (it makes the entry ids).
    """
    common: dict[str, Any] = {
        "status": "final",
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey"}]}],
        "effectiveDateTime": effective,
    }
    if subject is not None:
        common["subject"] = {"reference": subject}
    if questionnaire_response:
        common["derivedFrom"] = [{"reference": questionnaire_response}]
    members: list[tuple[str, dict[str, Any]]] = []
    for item in inst.items:
        if item.id in result.answers:
            members.append((f"item/{item.id}", _item_observation(inst, item.id, result, base)))
    scales = [("total", inst.total, result.total, result.band)] if inst.total else []
    for sub in inst.subscales:
        sub_score = result.subscales[sub.id]
        scales.append((sub.id, sub, sub_score.value, sub_score.band))
    for key, scale, value, band in scales:
        if value is None or scale is None:
            continue  # an incomplete score is not reported as a number
        members.append(
            (f"scale/{key}", _score_observation(inst, key, scale.loinc, value, band, base))
        )
    for cid, level in result.classifications.items():
        members.append(
            (f"class/{cid}", _class_observation(inst, cid, level.code, level.label, base))
        )
    entries = []
    member_refs = []
    for key, resource in members:
        full_url = _urn(seed, key)
        member_refs.append({"reference": full_url})
        entries.append(_entry(full_url, {**resource, **common}))
    panel_code = (
        {"system": LOINC, "code": inst.loinc_panel}
        if inst.loinc_panel
        else {"system": item_system(base), "code": f"{inst.id}-panel"}
    )
    panel: dict[str, Any] = {
        "resourceType": "Observation",
        **common,
        "code": {"coding": [{**panel_code, "display": inst.name}], "text": inst.short_name},
        "hasMember": member_refs,
    }
    if result.flags:
        panel["note"] = [{"text": "Flags: " + ", ".join(sorted(result.flags))}]
    bundle = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [_entry(_urn(seed, "panel"), panel), *entries],
    }
    return validated(bundle)


def observation_codes(inst: Instrument) -> frozenset[str]:
    """Every code an Observation of ``inst`` can carry (panel, items, scores, classifications),
    as the builders below code them: a search by code reads only instruments that can match.
    ``tests/measures/domain/test_fhir_observations.py`` holds the two together."""
    codes = {inst.loinc_panel or f"{inst.id}-panel"}
    codes |= {item.loinc or item.id for item in inst.items}
    codes |= {scale.loinc or f"{inst.id}-{key}" for key, scale in inst.scales().items()}
    codes |= {f"{inst.id}-{c.id}" for c in inst.classifications}
    return frozenset(codes)


def _item_observation(
    inst: Instrument, item_id: str, result: ScoreResult, base: str
) -> dict[str, Any]:
    item = inst.item(item_id)
    answer_list = inst.answer_list(item.answers)
    option = next(o for o in answer_list.options if o.value == result.answers[item_id])
    coding: dict[str, Any] = answer_coding(inst, answer_list, option, base)
    if item_id in result.item_scores and item.scored:
        coding["extension"] = [{"url": ORDINAL_VALUE, "valueDecimal": result.item_scores[item_id]}]
    code = (
        {"system": LOINC, "code": item.loinc}
        if item.loinc
        else {"system": item_system(base), "code": item.id}
    )
    return {
        "resourceType": "Observation",
        "code": {"coding": [{**code, "display": item.label}], "text": item.label},
        "valueCodeableConcept": {"coding": [coding], "text": option.text},
    }


def _score_observation(
    inst: Instrument, key: str, loinc: str | None, value: float, band: Any, base: str
) -> dict[str, Any]:
    name = f"{inst.short_name} {'total score' if key == 'total' else key + ' subscale score'}"
    code = (
        {"system": LOINC, "code": loinc}
        if loinc
        else {"system": item_system(base), "code": f"{inst.id}-{key}"}
    )
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "code": {"coding": [{**code, "display": name}], "text": name},
        "valueQuantity": {"value": value, "unit": "{score}", "system": UCUM, "code": "{score}"},
    }
    if band is not None:
        system = f"{base}/CodeSystem/{inst.id}-{key}-bands"
        resource["interpretation"] = [
            {
                "coding": [{"system": system, "code": band.code, "display": band.label}],
                "text": band.label,
            }
        ]
    return resource


def _class_observation(
    inst: Instrument, cid: str, code: str, label: str, base: str
) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "code": {
            "coding": [{"system": item_system(base), "code": f"{inst.id}-{cid}"}],
            "text": f"{inst.short_name} {cid}",
        },
        "valueCodeableConcept": {
            "coding": [
                {"system": f"{base}/CodeSystem/{inst.id}-{cid}", "code": code, "display": label}
            ],
            "text": label,
        },
    }


def _urn(seed: str, key: str) -> str:
    return f"urn:uuid:{uuid.uuid5(OBSERVATION_NAMESPACE, f'{seed}/{key}')}"


def _entry(full_url: str, resource: dict[str, Any]) -> dict[str, Any]:
    return {
        "fullUrl": full_url,
        "resource": resource,
        "request": {"method": "POST", "url": "Observation"},
    }

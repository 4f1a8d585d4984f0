"""Helpers for the measures domain tests: fixture loading, answer builders, a tiny FSH reader."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from services.measures.instruments.schema import Instrument

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def load_json(relative: str) -> Any:
    return json.loads((FIXTURES / relative).read_text(encoding="utf-8"))


def vectors() -> dict[str, Any]:
    return load_json("transcribed/test_vectors_transcribed.json")


def scored_ids(inst: Instrument) -> list[str]:
    return [item.id for item in inst.items if item.scored]


def answers_in_order(inst: Instrument, values: list[int]) -> dict[str, int]:
    """Answers to the scored items, in catalog order (the order published test vectors use)."""
    ids = scored_ids(inst)
    assert len(ids) == len(values), f"{inst.id} has {len(ids)} scored items"
    return dict(zip(ids, values, strict=True))


def answers_reaching(inst: Instrument, scale_id: str, target: float) -> dict[str, int]:
    """A complete response whose ``scale_id`` score is exactly ``target`` (greedy fill).

    Works in item-score space, so reversed items and multipliers are respected. Items outside
    the scale get their lowest score; unscored items their first option.
    """
    scale = inst.scales()[scale_id]
    in_scale = set(getattr(scale, "items", None) or scored_ids(inst))
    remaining = target / scale.multiplier
    assert remaining == int(remaining), f"{target} is not reachable on {inst.id} {scale_id}"
    plans = []
    for item in inst.items:
        values = [o.value for o in inst.answer_list(item.answers).options]
        low, high = min(values), max(values)
        value_of_score = {(low + high - v if item.reverse else v): v for v in values}
        plans.append((item, values, low, high, value_of_score))
    floors = [low for item, _, low, _, _ in plans if item.scored and item.id in in_scale]
    answers = {}
    for item, values, low, high, value_of_score in plans:
        if not item.scored:
            answers[item.id] = values[0]
        elif item.id not in in_scale:
            answers[item.id] = value_of_score[low]
        else:
            floors.pop(0)
            wanted = int(max(low, min(high, remaining - sum(floors))))
            answers[item.id] = value_of_score[wanted]
            remaining -= wanted
    assert remaining == 0, f"could not reach {target} on {inst.id} {scale_id}"
    return answers


_FSH_ALIASES = {"$CodeSystemLoinc": "http://loinc.org"}
_CODING = re.compile(r'^(\$\w+)#(\S+)\s+"([^"]*)"$')


def read_fsh_response(relative: str) -> dict[str, Any]:
    """The subset of an FSH QuestionnaireResponse instance the PHR IG examples use, as JSON.

    Handles ``* item[n]``, ``* linkId = "..."``, ``* answer`` and
    ``* valueCoding = $Alias#CODE "display"``; anything else is ignored.
    """
    items: list[dict[str, Any]] = []
    for line in (FIXTURES / relative).read_text(encoding="utf-8").splitlines():
        text = line.strip().removeprefix("* ").strip()
        if re.fullmatch(r"item\[\d+\]", text):
            items.append({"answer": []})
        elif text.startswith("linkId = ") and items:
            items[-1]["linkId"] = text.split("=", 1)[1].strip().strip('"')
        elif text.startswith("valueCoding = ") and items:
            match = _CODING.match(text.split("=", 1)[1].strip())
            assert match, line
            alias, code, display = match.groups()
            coding = {"system": _FSH_ALIASES[alias], "code": code, "display": display}
            items[-1]["answer"].append({"valueCoding": coding})
    return {"resourceType": "QuestionnaireResponse", "status": "completed", "item": items}

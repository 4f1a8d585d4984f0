"""Which harm levels each kind of safety event can carry, by the AHRQ Common Formats.

Sources:

* AHRQ Common Formats for Event Reporting, scope: an *incident* is a patient safety event that
  reached the patient, whether or not there was harm; a *near miss* (close call) is one that
  did not reach the patient; an *unsafe condition* is a circumstance that raises the
  probability of an event.
* AHRQ Common Formats Harm Scale v1.2 (Common Formats for Event Reporting, Hospital v1.2,
  2012): death, severe harm, moderate harm, mild harm, no harm, unknown. It grades the harm an
  event did to the patient it reached; "death" means dead at the time of assessment.

The rules, each drawn from those definitions:

1. A near miss did not reach the patient, so it can have done no harm: its harm level is
   ``none`` (``unknown`` is accepted while the reporter cannot tell yet whether it reached).
2. A ``death`` event is a death: its harm level is ``death``. The converse does not hold: a
   fall or a medication error can have caused a death, and keeps its own kind.

No rule ties other kinds to harm levels: an incident that reached the patient may have done no
harm (the scale's "no harm") up to death, and the scale allows ``unknown`` for any of them.
"""

from __future__ import annotations

from typing import get_args

from shared.events import HarmLevel, SafetyEventKind

__all__ = ["HARM_LEVELS", "KINDS", "harm_problem"]

KINDS: tuple[str, ...] = get_args(SafetyEventKind)
HARM_LEVELS: tuple[str, ...] = get_args(HarmLevel)

_NEAR_MISS_HARM = frozenset({"none", "unknown"})


def harm_problem(kind: str, harm_level: str) -> str | None:
    """Why ``harm_level`` cannot go with ``kind`` (a sentence naming only the codes), or None
    when the pair is consistent."""
    if kind == "near-miss" and harm_level not in _NEAR_MISS_HARM:
        return "a near miss did not reach the patient: its harm_level is none or unknown"
    if kind == "death" and harm_level != "death":
        return "a death event has harm_level death"
    return None

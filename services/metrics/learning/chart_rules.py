"""What a chart's rule set adds to it in words: warnings where its runs rules are weak, and
the plain-text description of the rules (for the SVG's ``<desc>``)."""

from __future__ import annotations

from collections.abc import Sequence

from services.metrics.stats.anhoej import RECOMMENDED_USEFUL
from services.metrics.stats.rule_sets import RULE_SETS, RULES, RuleSetId
from services.metrics.stats.signals import RunAnalysis, Signal


def runs_warnings(analysis: RunAnalysis | None) -> list[str]:
    """Where the chosen runs rules are weak or not applied on this series."""
    if analysis is None:
        return []
    if analysis.rule_set == "ihi" and analysis.runs_low is None:
        return [
            f"The IHI runs rule needs 10 to 60 points off the median; this series has "
            f"{analysis.useful}, so too few or too many runs is not tested."
        ]
    if analysis.rule_set == "anhoej" and analysis.useful < RECOMMENDED_USEFUL:
        return [
            f"Only {analysis.useful} points off the median: the Anhøj rules were validated "
            f"from {RECOMMENDED_USEFUL}, and with fewer they rarely signal."
        ]
    return []


def describe_rules(rule_set: RuleSetId, *, on_control: bool, signals: Sequence[Signal]) -> str:
    """The rule set, each rule's meaning and what fired, so a screen reader or an image
    pasted into a report still says how the chart was read."""
    chosen = RULE_SETS[rule_set]
    rules = chosen.control_rules if on_control else chosen.run_rules
    lines = [f"Signals by the {chosen.title}. Source: {chosen.source}"]
    lines += [f"{RULES[r].name}: {RULES[r].meaning}" for r in rules]
    fired = sorted({s.rule for s in signals}, key=rules.index)
    lines.append(
        "Signals found: " + ", ".join(RULES[r].name for r in fired) + "."
        if fired
        else "No signal found: the variation looks like common cause."
    )
    return "\n".join(lines)

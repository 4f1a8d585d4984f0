"""The 42 CFR Part 2 sensitivity label and the one rule it imposes on what leaves intake.

Records created by a federally assisted substance-use-disorder program are protected by 42 CFR
Part 2 (Final Rule of 16 Feb 2024, compliance required by 16 Feb 2026). Intake may receive them
from a behavioral-health organization that runs such a program. A caller labels patients,
referrals and encounters ``part2``; intake then counts them in aggregates (the feed still says an
event happened, so nothing is lost) but publishes their details only when the org's settings
allow it, e.g. under a patient consent that covers treatment, payment and operations.

In FHIR the label is a ``meta.security`` coding: v3-ActCode ``42CFRPart2``.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["PART2", "PART2_SECURITY_LABEL", "Sensitivity", "may_publish_details"]

Sensitivity = Literal["part2"]
PART2: Sensitivity = "part2"

PART2_SECURITY_LABEL = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "code": "42CFRPart2",
    "display": "42 CFR Part2",
}


def may_publish_details(sensitivity: Sensitivity | None, *, part2_disclosure_allowed: bool) -> bool:
    """Whether a record's details may go on the feed.

    Unlabelled records always may; Part 2 records only when the org allows disclosure.
    """
    return sensitivity is None or part2_disclosure_allowed

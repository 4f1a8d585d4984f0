"""Readable labels for the equity category codes the facts carry.

The codes are those intake publishes (CDC Race & Ethnicity, SNOMED CT for sex and gender
identity, the Source of Payment Typology, RUCA-based rurality, BCP 47 languages); metrics
never imports intake's code, so the labels an equity view needs are kept here. A code without
a label is shown as itself.
"""

from __future__ import annotations

from services.metrics.catalog import EquityDimension
from services.metrics.learning.ranges import NOT_RECORDED

_COMMON = {"UNK": "Unknown", "ASKU": "Asked but declined to answer", NOT_RECORDED: "Not recorded"}

LABELS: dict[EquityDimension, dict[str, str]] = {
    "race": {
        "1002-5": "American Indian or Alaska Native",
        "2028-9": "Asian",
        "2054-5": "Black or African American",
        "2076-8": "Native Hawaiian or Other Pacific Islander",
        "2106-3": "White",
        "2131-1": "Other Race",
        "2118-8": "Middle Eastern or North African",
        "multiple": "More than one race",
    },
    "ethnicity": {"2135-2": "Hispanic or Latino", "2186-5": "Not Hispanic or Latino"},
    "sex": {"248152002": "Female", "248153007": "Male"},
    "gender": {
        "446141000124107": "Female",
        "446151000124109": "Male",
        "33791000087105": "Nonbinary",
        "OTH": "Another identity",
    },
    "age_band": {
        "0-17": "0 to 17 years",
        "18-25": "18 to 25 years",
        "26-44": "26 to 44 years",
        "45-64": "45 to 64 years",
        "65+": "65 years and over",
    },
    "language": {
        "en": "English",
        "es": "Spanish",
        "zh": "Chinese",
        "vi": "Vietnamese",
        "ko": "Korean",
        "tl": "Tagalog",
        "ar": "Arabic",
        "ru": "Russian",
        "fr": "French",
        "ht": "Haitian Creole",
        "pt": "Portuguese",
        "so": "Somali",
        "ase": "American Sign Language",
    },
    "payer": {
        "1": "Medicare",
        "2": "Medicaid",
        "3": "Other government",
        "4": "Corrections",
        "5": "Private insurance",
        "6": "Blue Cross / Blue Shield",
        "7": "Managed care, unspecified",
        "8": "No payment (self-pay, charity)",
        "9": "Other",
    },
    "rurality": {
        "urban": "Urban",
        "large-rural": "Large rural town",
        "small-rural": "Small rural town",
        "isolated": "Isolated small rural town",
    },
}


def group_label(dimension: EquityDimension, code: str) -> str:
    """The label of ``code``; a regional language tag (``es-MX``) reads as its language."""
    labels = LABELS[dimension]
    if code in labels:
        return labels[code]
    if code in _COMMON:
        return _COMMON[code]
    if dimension == "language" and "-" in code:
        base = code.split("-", 1)[0].lower()
        if base in labels:
            return f"{labels[base]} ({code})"
    return code

"""Race and ethnicity: accepted in the 1997 OMB form EHRs send, reported in the 2024 OMB form.

Decision. EHRs and US Core still exchange two questions: a list of OMB race categories and one
ethnicity (Hispanic or Latino / not), coded with the CDC Race & Ethnicity Code Set. OMB's 2024
revision of SPD 15 (89 FR 22182; agencies must comply by 28 March 2029) asks one combined question
with seven minimum categories, adding Middle Eastern or North African (MENA). Intake therefore:

* accepts ``race`` (several codes allowed) and ``ethnicity`` as CDC codes, plus the CDC detailed
  code 2118-8 Middle Eastern or North African so MENA can be recorded now;
* derives the 2024 combined categories from them for equity views (:func:`spd15_2024_categories`).
  Hispanic ethnicity becomes the Hispanic or Latino category, so a person who reports Hispanic
  ethnicity and no race is still counted.

Limit: a MENA person recorded only as White under the 1997 form stays White; no rule can recover
MENA from data that never captured it.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.intake.codesets import codeset

__all__ = ["NULL_FLAVORS", "race_list_problem", "spd15_2024_categories"]

#: Codes that say why there is no answer; they cannot be combined with a real answer.
NULL_FLAVORS = frozenset({"UNK", "ASKU"})


def race_list_problem(codes: Sequence[str]) -> str | None:
    """Why a list of race codes is not acceptable, or None when it is.

    Codes must come from the race code set, appear once each, and UNK / ASKU must stand alone:
    "declined, and also White" is a contradiction that would count the person twice.
    """
    race = codeset("race")
    unknown = [c for c in codes if c not in race]
    if unknown:
        return f"{len(unknown)} code(s) are not in the race code set ({race.source.name})"
    if len(set(codes)) != len(codes):
        return "a race code is repeated"
    if len(codes) > 1 and NULL_FLAVORS.intersection(codes):
        return "UNK and ASKU cannot be combined with other race codes"
    return None


def spd15_2024_categories(race: Sequence[str], ethnicity: str | None) -> list[str]:
    """The OMB 2024 combined race/ethnicity categories implied by 1997-form codes.

    Returned in the order of the ``race_ethnicity_2024`` code set, without duplicates. An empty
    list means no category is known (not sent, unknown or declined).
    """
    found: set[str] = set()
    for code in race:
        mapped = codeset("race").concept(code).properties.get("spd15_2024")
        if mapped:
            found.add(mapped)
    if ethnicity is not None:
        mapped = codeset("ethnicity").concept(ethnicity).properties.get("spd15_2024")
        if mapped:
            found.add(mapped)
    return [code for code in codeset("race_ethnicity_2024").codes if code in found]

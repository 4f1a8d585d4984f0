"""Rurality categories from RUCA codes, for callers that hold a patient's RUCA code.

Intake stores only the four-category result (``urban``, ``large-rural``, ``small-rural``,
``isolated``): the ZIP code or tract a RUCA code is looked up from is a Safe Harbor identifier and
never reaches intake. The aggregation is the WWAMI Rural Health Research Center's "Categorization
A" of the 2010 RUCA codes (33 secondary codes), the one most health studies use; its code lists
live in ``rurality.json``. A code outside that list is rejected rather than guessed at: a caller
on a later RUCA edition must map it to a category itself.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import cache

from services.intake.codesets import codeset

__all__ = ["rurality_from_ruca"]


@cache
def _ruca_table() -> dict[Decimal, str]:
    table: dict[Decimal, str] = {}
    for concept in codeset("rurality").concepts:
        for ruca in concept.properties["ruca_codes"].split():
            table[Decimal(ruca)] = concept.code
    return table


def rurality_from_ruca(ruca_code: str | float) -> str:
    """The rurality category of a 2010 secondary RUCA code such as ``"4.2"`` or ``10.0``."""
    try:
        key = Decimal(str(ruca_code))
    except InvalidOperation:
        raise ValueError("not a RUCA code") from None
    try:
        return _ruca_table()[key]
    except KeyError:
        raise ValueError("not one of the 33 secondary RUCA codes of the 2010 edition") from None

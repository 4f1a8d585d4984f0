"""Age bands derived from a birth year, the only date element intake stores about a patient.

HIPAA Safe Harbor (45 CFR 164.514(b)(2)) lets a de-identified set keep the year of birth but not
the full date, so intake never knows a birthday. Age is therefore computed as the age a person
reaches during the reference year (``reference year - birth year``); before their birthday in that
year they are one year younger. Off by one for part of each year, stable for everyone, and the same
rule metrics applies when it stratifies.

The bands follow SAMHSA's NSDUH reporting breaks at 17/18 and 25/26 (adolescents, young adults,
adults) and split adults at 45 and at 65, the Medicare eligibility age, which changes payer mix and
service lines. Five bands keep cells large enough for small-cell suppression (default 11):

    0-17 | 18-25 | 26-44 | 45-64 | 65+
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["AGE_BANDS", "EARLIEST_BIRTH_YEAR", "AgeBand", "age_band", "age_in_year"]

#: Nobody alive was born before this; earlier years are typing errors.
EARLIEST_BIRTH_YEAR = 1900


@dataclass(frozen=True, slots=True)
class AgeBand:
    """An inclusive range of ages; ``high`` None means open-ended."""

    label: str
    low: int
    high: int | None

    def contains(self, age: int) -> bool:
        return age >= self.low and (self.high is None or age <= self.high)


AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("0-17", 0, 17),
    AgeBand("18-25", 18, 25),
    AgeBand("26-44", 26, 44),
    AgeBand("45-64", 45, 64),
    AgeBand("65+", 65, None),
)


def age_in_year(birth_year: int, reference_year: int) -> int:
    """The age a person born in ``birth_year`` reaches during ``reference_year``."""
    age = reference_year - birth_year
    if age < 0:
        raise ValueError("the reference year is before the birth year")
    return age


def age_band(birth_year: int, on: date) -> str:
    """The label of the age band a person born in ``birth_year`` is in, in the year of ``on``."""
    age = age_in_year(birth_year, on.year)
    for band in AGE_BANDS:
        if band.contains(age):
            return band.label
    raise AssertionError("AGE_BANDS must cover every age from 0")  # pragma: no cover

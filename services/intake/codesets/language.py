"""Preferred language as a BCP 47 tag (RFC 5646), the code system FHIR uses for languages.

Intake checks the tag's shape and normalises its case rather than holding the full IANA subtag
registry: a well-formed tag the registry does not list is rare, harmless for grouping, and a
registry copy would go stale. Equity views group by the primary language subtag (``es`` for
``es-MX``), which :func:`primary_language` returns.

Accepted shape (a subset of RFC 5646 section 2.1 without extensions or private use):

    language        2-3 letters (ISO 639-1, or ISO 639-2/3 where no 2-letter code exists)
    [-script]       4 letters, e.g. Hant
    [-region]       2 letters (ISO 3166-1) or 3 digits (UN M.49)
    [-variant]*     5-8 alphanumerics, or a digit and 3 alphanumerics
"""

from __future__ import annotations

import re

from services.intake.codesets import codeset

__all__ = ["common_languages", "normalise_language_tag", "primary_language"]

_TAG = re.compile(
    r"""
    (?P<language>[A-Za-z]{2,3})
    (?:-(?P<script>[A-Za-z]{4}))?
    (?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?
    (?P<variants>(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)
    """,
    re.VERBOSE,
)
_MAX_LENGTH = 35


def normalise_language_tag(tag: str) -> str:
    """``tag`` in canonical case (``zh-hant-tw`` -> ``zh-Hant-TW``); ValueError if malformed.

    The message never repeats the input: a mistyped field could hold anything.
    """
    match = _TAG.fullmatch(tag.strip()) if len(tag) <= _MAX_LENGTH else None
    if match is None:
        raise ValueError(
            "must be a BCP 47 language tag such as 'en', 'es-MX' or 'zh-Hant' "
            "(language[-Script][-REGION][-variant])"
        )
    parts = [match["language"].lower()]
    if match["script"]:
        parts.append(match["script"].title())
    if match["region"]:
        parts.append(match["region"].upper())
    parts.extend(v.lower() for v in match["variants"].split("-") if v)
    return "-".join(parts)


def primary_language(tag: str) -> str:
    """The primary language subtag of a normalised tag, the unit equity views group by."""
    return tag.split("-", 1)[0]


def common_languages() -> dict[str, str]:
    """Primary subtag -> English name for the languages listed in ``languages.json``."""
    return {c.code: c.display for c in codeset("languages").concepts}

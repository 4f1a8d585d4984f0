"""Demographic code sets: their codes and sources, race/ethnicity derivation, language, RUCA."""

from __future__ import annotations

import pytest

from services.intake.codesets import CODESET_IDS, codeset
from services.intake.codesets.language import normalise_language_tag, primary_language
from services.intake.codesets.race import race_list_problem, spd15_2024_categories
from services.intake.codesets.rurality import rurality_from_ruca

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor"
CDC_RACE = "urn:oid:2.16.840.1.113883.6.238"


@pytest.mark.parametrize("codeset_id", CODESET_IDS)
def test_every_code_set_cites_its_source(codeset_id: str) -> None:
    loaded = codeset(codeset_id)  # type: ignore[arg-type]
    assert loaded.source.url.startswith(("http://", "https://"))
    assert loaded.source.name
    assert loaded.codes


def test_omb_race_categories_use_cdc_codes() -> None:
    race = codeset("race")
    assert {c.code: c.display for c in race.concepts if c.system is None} == {
        "1002-5": "American Indian or Alaska Native",
        "2028-9": "Asian",
        "2054-5": "Black or African American",
        "2076-8": "Native Hawaiian or Other Pacific Islander",
        "2106-3": "White",
        "2118-8": "Middle Eastern or North African",
    }
    assert race.system_of("2106-3") == CDC_RACE
    assert race.system_of("ASKU") == NULL_FLAVOR


def test_ethnicity_and_sex_codes() -> None:
    assert set(codeset("ethnicity").codes) == {"2135-2", "2186-5", "UNK", "ASKU"}
    sex = codeset("sex")
    assert sex.system_of("248152002") == "http://snomed.info/sct"
    gender = {c.code: c.properties["administrative_gender"] for c in sex.concepts}
    assert gender == {
        "248152002": "female",
        "248153007": "male",
        "UNK": "unknown",
        "ASKU": "unknown",
    }


def test_payer_type_is_the_sopt_top_level() -> None:
    assert codeset("payer_type").codes == tuple(str(n) for n in range(1, 10))


@pytest.mark.parametrize(
    ("race", "ethnicity", "categories"),
    [
        (["2106-3"], "2186-5", ["white"]),
        (["2054-5", "2106-3"], None, ["black", "white"]),
        (["UNK"], "2135-2", ["hispanic-latino"]),
        (["2118-8"], "2186-5", ["mena"]),
        (["2106-3", "2118-8"], "2135-2", ["hispanic-latino", "mena", "white"]),
        (["ASKU"], "ASKU", []),
        ([], None, []),
    ],
)
def test_2024_combined_categories(
    race: list[str], ethnicity: str | None, categories: list[str]
) -> None:
    assert spd15_2024_categories(race, ethnicity) == categories


@pytest.mark.parametrize(
    ("codes", "ok"),
    [
        (["2106-3", "2054-5"], True),
        (["ASKU"], True),
        (["ASKU", "2106-3"], False),
        (["UNK", "ASKU"], False),
        (["2106-3", "2106-3"], False),
        (["2108-9"], False),
    ],
)
def test_race_list_rules(codes: list[str], ok: bool) -> None:
    assert (race_list_problem(codes) is None) is ok


@pytest.mark.parametrize(
    ("tag", "normal"),
    [
        ("en", "en"),
        ("ES-mx", "es-MX"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("ase", "ase"),
        ("es-419", "es-419"),
        (" fr ", "fr"),
        ("sl-rozaj", "sl-rozaj"),
    ],
)
def test_language_tags_are_normalised(tag: str, normal: str) -> None:
    assert normalise_language_tag(tag) == normal


@pytest.mark.parametrize("tag", ["english", "e", "en_US", "en-", "12", "en-US-x-private", ""])
def test_malformed_language_tags_are_refused(tag: str) -> None:
    with pytest.raises(ValueError, match="BCP 47"):
        normalise_language_tag(tag)


def test_a_refused_language_tag_is_not_repeated_in_the_error() -> None:
    with pytest.raises(ValueError) as caught:
        normalise_language_tag("Jane Smith")
    assert "Smith" not in str(caught.value)


def test_equity_views_group_by_primary_language() -> None:
    assert primary_language(normalise_language_tag("es-MX")) == "es"
    assert "es" in codeset("languages")


def test_every_2010_ruca_code_has_exactly_one_category() -> None:
    lists = [c.properties["ruca_codes"].split() for c in codeset("rurality").concepts]
    flat = [code for codes in lists for code in codes]
    assert len(flat) == len(set(flat)) == 33


@pytest.mark.parametrize(
    ("ruca", "category"),
    [
        ("1.0", "urban"),
        ("4.1", "urban"),
        (10.1, "urban"),
        ("4.0", "large-rural"),
        ("6.1", "large-rural"),
        ("7.3", "small-rural"),
        ("9.2", "small-rural"),
        ("10.0", "isolated"),
        ("10.6", "isolated"),
        ("4", "large-rural"),
    ],
)
def test_ruca_to_rurality(ruca: str | float, category: str) -> None:
    assert rurality_from_ruca(ruca) == category


@pytest.mark.parametrize("ruca", ["11.0", "3.1", "urban", ""])
def test_unknown_ruca_codes_are_refused(ruca: str) -> None:
    with pytest.raises(ValueError):
        rurality_from_ruca(ruca)

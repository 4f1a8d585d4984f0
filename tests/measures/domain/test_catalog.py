"""The instrument catalog: complete, sourced, coded as LOINC says, and refusing broken files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from services.measures.errors import (
    CatalogError,
    InstrumentNotEnabledError,
    UnknownInstrumentError,
)
from services.measures.instruments.catalog import (
    CATALOG_DIR,
    default_catalog,
    ensure_enabled,
    get_instrument,
    load_catalog,
)

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

REQUIRED = {
    "phq9", "phq2", "phq8", "phqa", "gad7", "gad2", "pcl5", "pcptsd5", "auditc", "k10", "k6",
    "dass21", "core10", "cssrs_screener", "burnout1",
}  # fmt: skip
SOURCED_FACTS = (
    "bands", "caseness", "reliable_change", "response", "remission", "missing", "license",
)  # fmt: skip


def test_catalog_holds_every_required_instrument() -> None:
    assert {inst.id for inst in default_catalog().latest()} >= REQUIRED


def _facts(node: object, path: str = "") -> list[tuple[str, BaseModel]]:
    found = []
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            child = getattr(node, name)
            if name in SOURCED_FACTS and isinstance(child, BaseModel):
                found.append((f"{path}.{name}", child))
            found += _facts(child, f"{path}.{name}")
    elif isinstance(node, tuple | list):
        for n, child in enumerate(node):
            found += _facts(child, f"{path}[{n}]")
    return found


@pytest.mark.parametrize("inst", list(default_catalog()), ids=lambda i: i.key)
def test_every_clinical_fact_cites_a_known_source(inst) -> None:
    known = {source.id for source in inst.sources}
    facts = _facts(inst) + [(f".rules.{r.id}", r) for r in inst.rules]
    facts += [(".scoring", inst.scoring), (".codes", inst.codes)]
    assert facts
    for path, fact in facts:
        assert fact.sources, f"{inst.id}{path} has no source"
        assert set(fact.sources) <= known, f"{inst.id}{path} cites an unknown source"
        for alternative in getattr(fact, "alternatives", ()):
            assert set(alternative.sources) <= known


def test_loinc_codes_match_loinc_not_the_common_mistakes() -> None:
    phq9, gad7, phqa, auditc = (get_instrument(i) for i in ("phq9", "gad7", "phqa", "auditc"))
    assert (phq9.loinc_panel, phq9.total.loinc) == ("44249-1", "44261-6")
    assert phq9.item("phq9_9").loinc == "44260-8"  # the suicide item
    assert phq9.item("phq9_difficulty").loinc == "69722-7"
    assert (gad7.loinc_panel, gad7.total.loinc) == ("69737-5", "70274-6")
    # 89204-2 is the PHQ-A total; several repositories mislabel it as the panel (89206-7).
    assert (phqa.loinc_panel, phqa.total.loinc) == ("89206-7", "89204-2")
    # 75624-7 is the full AUDIT total; AUDIT-C's is 75626-2. Item 1 is 68518-0, not 68517-2.
    assert auditc.total.loinc == "75626-2"
    assert auditc.item("auditc_1").loinc == "68518-0"


def test_phq_answer_codes_follow_loinc_ll358_3_and_ll359_1_order() -> None:
    phq9 = get_instrument("phq9")
    frequency = {o.code: o.value for o in phq9.answer_list("LL358-3").options}
    assert frequency == {"LA6568-5": 0, "LA6569-3": 1, "LA6570-1": 2, "LA6571-9": 3}
    difficulty = [o.code for o in phq9.answer_list("LL359-1").options]
    assert difficulty == ["LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3"]  # Very before Extremely
    assert not phq9.item("phq9_difficulty").scored


def test_gad7_zero_anchor_is_not_at_all_not_the_misprinted_not_at_all_sure() -> None:
    assert get_instrument("gad7").answer_list("LL358-3").options[0].text == "Not at all"


def test_only_core10_may_prorate_and_only_one_missing_item() -> None:
    prorating = {
        inst.id: inst.scoring.missing.max_missing
        for inst in default_catalog().latest()
        if inst.scoring.missing.policy == "prorate"
    }
    assert prorating == {"core10": 1}


def test_restricted_instruments_stay_off_until_the_org_enables_them() -> None:
    catalog = default_catalog()
    restricted = {i.id for i in catalog.latest() if i.license.commercial_use_restricted}
    assert restricted == {"cssrs_screener", "burnout1", "miniz2", "psysafety7"}
    assert restricted.isdisjoint(i.id for i in catalog.available())
    assert "burnout1" in {i.id for i in catalog.available(org_enabled={"burnout1"})}
    with pytest.raises(InstrumentNotEnabledError):
        ensure_enabled(get_instrument("cssrs_screener"), org_enabled=set())


def test_burnout_measure_is_about_clinicians_and_reported_only_by_team() -> None:
    burnout = get_instrument("burnout1")
    assert (burnout.subject, burnout.reporting) == ("clinician", "anonymous_team_aggregate")


def test_unknown_instrument_is_a_domain_error() -> None:
    with pytest.raises(UnknownInstrumentError):
        get_instrument("phq10")
    with pytest.raises(UnknownInstrumentError):
        get_instrument("phq9", version=99)


def _broken_catalog(tmp_path: Path, change, name: str = "phq9.v1.json") -> Path:
    data = json.loads((CATALOG_DIR / "phq9.v1.json").read_text(encoding="utf-8"))
    change(data)
    (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["total"]["bands"]["bands"][1].update(min=6), "not contiguous"),
        (lambda d: d["total"]["caseness"].update(threshold=28), "outside the scale range"),
        (lambda d: d["total"]["caseness"].update(sources=["nowhere"]), "unknown source"),
        (lambda d: d["total"].update(max=30), "declared range"),
        (lambda d: d["rules"][0]["when"].update(item="phq9_99"), "unknown item"),
        (lambda d: d["answer_lists"][0]["options"][1].update(code="LA6568-5"), "duplicate code"),
        (lambda d: d["items"][0].update(loinc="44250"), "malformed LOINC"),
        (lambda d: d["items"][8].update(required=False), "phq9_9.*not required"),
        (lambda d: d.update(surprise=True), "Extra inputs"),
        (lambda d: d["total"]["response"].update(baseline_at_least=40), "response baseline"),
        (lambda d: d["total"].pop("caseness"), "remission rule without a caseness cut-off"),
    ],
)
def test_loader_refuses_an_inconsistent_file(tmp_path: Path, change, message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        load_catalog(_broken_catalog(tmp_path, change))


def test_loader_refuses_a_misnamed_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"must be phq9\.v1\.json"):
        load_catalog(_broken_catalog(tmp_path, lambda d: None, name="phq9.json"))

"""Organisation overrides: a contested value can change, the provenance always shows it."""

from __future__ import annotations

import pytest

from services.measures.errors import InvalidOverrideError
from services.measures.instruments.catalog import get_instrument
from services.measures.instruments.overrides import apply_overrides
from services.measures.scoring.engine import score
from services.measures.scoring.outcomes import assess_change
from tests.measures.domain._support import answers_reaching

# NHS Talking Therapies judges the GAD-7 at caseness 8 and reliable change 4 (catalog source
# nhs-tt-manual); the catalog's defaults are Spitzer's 10 and Bischoff's RCI of 6.
NHS_GAD7 = {
    "reason": "NHS Talking Therapies reporting",
    "total": {"caseness_threshold": 8, "reliable_change": 4},
}


def test_an_org_can_use_the_nhs_gad7_values_instead_of_the_catalog_defaults() -> None:
    gad7 = get_instrument("gad7")
    nhs = apply_overrides(gad7, NHS_GAD7)
    # A 5-point drop is within measurement error by Bischoff's RCI (6) but reliable for NHS TT (4).
    assert assess_change(gad7.total, 14, 9).reliable_improvement is False
    assert assess_change(nhs.total, 14, 9).reliable_improvement is True
    assert nhs.total.reliable_change.sources[0] == "org-override"
    assert "catalog default: value 6.0" in nhs.total.reliable_change.note
    assert "catalog default: threshold 10.0" in nhs.total.caseness.note
    assert gad7.total.reliable_change.value == 6  # the catalog itself is untouched
    # Both values are in the catalog as cited alternatives of the defaults.
    cited = {
        (fact, a.value, source)
        for fact in ("caseness", "reliable_change")
        for a in getattr(gad7.total, fact).alternatives
        for source in a.sources
    }
    assert {("caseness", 8, "nhs-tt-manual"), ("reliable_change", 4, "nhs-tt-manual")} <= cited


def test_scores_under_overrides_say_so_in_their_scoring_version() -> None:
    pcl5 = get_instrument("pcl5")
    local = apply_overrides(
        pcl5, {"reason": "local validation study", "total": {"caseness_threshold": 31}}
    )
    answers = answers_reaching(pcl5, "total", 32)
    assert score(pcl5, answers).case is False
    overridden = score(local, answers)
    assert overridden.case is True
    assert overridden.scoring_version.startswith("pcl5.v1+org.")
    assert score(pcl5, answers).scoring_version == "pcl5.v1"


def test_the_same_overrides_give_the_same_fingerprint() -> None:
    gad7 = get_instrument("gad7")
    assert apply_overrides(gad7, NHS_GAD7).key == apply_overrides(gad7, dict(NHS_GAD7)).key


def test_dass_subscale_cut_offs_can_be_overridden_one_by_one() -> None:
    dass = apply_overrides(
        get_instrument("dass21"),
        {"reason": "screen from severe", "subscales": {"depression": {"caseness_threshold": 21}}},
    )
    subscales = {s.id: s for s in dass.subscales}
    assert subscales["depression"].caseness.threshold == 21
    assert subscales["anxiety"].caseness.threshold == 10


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"reason": "x" * 5, "total": {"caseness_threshold": 40}}, "outside the scale range"),
        ({"reason": "x" * 5, "total": {"reliable_change": -2}}, "greater than 0"),
        ({"reason": "x" * 5, "total": {"bands": []}}, "Extra inputs"),
        ({"reason": "x" * 5, "subscales": {"Z": {"caseness_threshold": 3}}}, "no subscale"),
        ({"total": {"reliable_change": 4}}, "reason"),
    ],
)
def test_impossible_overrides_are_refused(overrides: dict, message: str) -> None:
    with pytest.raises(InvalidOverrideError, match=message):
        apply_overrides(
            get_instrument("gad7" if "subscales" not in overrides else "pcl5"), overrides
        )


def test_an_override_cannot_invent_a_rule_the_sources_never_gave() -> None:
    with pytest.raises(InvalidOverrideError, match="no catalog remission rule"):
        apply_overrides(
            get_instrument("pcl5"), {"reason": "wish", "total": {"remission_below": 28}}
        )


def test_overrides_apply_to_catalog_instruments_only() -> None:
    once = apply_overrides(get_instrument("gad7"), NHS_GAD7)
    with pytest.raises(InvalidOverrideError, match="catalog instruments only"):
        apply_overrides(once, NHS_GAD7)

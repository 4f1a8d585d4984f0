"""Every band edge and cut-off of every instrument, scored through real answers.

The generated tests walk each banded scale from its minimum to its maximum; the hand-written
tables state the published bands for the instruments clinicians know by heart, so a data error
in the catalog cannot pass by agreeing with itself.
"""

from __future__ import annotations

import pytest

from services.measures.instruments.catalog import default_catalog, get_instrument
from services.measures.scoring.engine import score
from tests.measures.domain._support import answers_reaching

SCALES = [
    pytest.param(inst, key, id=f"{inst.id}-{key}")
    for inst in default_catalog().latest()
    for key, scale in inst.scales().items()
    if not scale.mean  # a mean (psychological safety) has no integer walk; see test_scale_mean
]

CUT_OFFS = [p for p in SCALES if p.values[0].scales()[p.values[1]].caseness is not None]


def _reachable(scale) -> list[int]:
    step = scale.multiplier
    return [int(v * step) for v in range(int(scale.min / step), int(scale.max / step) + 1)]


def _scaled(inst, key, value):
    result = score(inst, answers_reaching(inst, key, value))
    return result if key == "total" else result.subscales[key]


@pytest.mark.parametrize(("inst", "key"), SCALES)
def test_every_reachable_score_lands_in_the_band_that_contains_it(inst, key) -> None:
    scale = inst.scales()[key]
    for value in _reachable(scale):
        scored = _scaled(inst, key, value)
        result_value = scored.total if key == "total" else scored.value
        assert result_value == value
        if scale.bands is not None:
            band = scored.band
            assert band.min <= value <= band.max, f"{inst.id} {key} {value} -> {band.code}"


@pytest.mark.parametrize(("inst", "key"), CUT_OFFS)
def test_caseness_starts_exactly_at_the_cut_off(inst, key) -> None:
    cutoff = inst.scales()[key].caseness
    reachable = _reachable(inst.scales()[key])
    first_case = min(v for v in reachable if v >= cutoff.threshold)
    last_non_case = max(v for v in reachable if v < cutoff.threshold)
    assert _scaled(inst, key, first_case).case is True
    assert _scaled(inst, key, last_non_case).case is False


def _band_names(instrument_id: str) -> list[str]:
    inst = get_instrument(instrument_id)
    return [
        score(inst, answers_reaching(inst, "total", v)).band.label for v in _reachable(inst.total)
    ]


def test_phq9_bands_per_kroenke_2001() -> None:
    expected = (
        ["None-minimal"] * 5 + ["Mild"] * 5 + ["Moderate"] * 5 + ["Moderately severe"] * 5
        + ["Severe"] * 8
    )  # fmt: skip
    assert _band_names("phq9") == expected  # 0-4, 5-9, 10-14, 15-19, 20-27


def test_gad7_bands_per_spitzer_2006() -> None:
    expected = ["Minimal"] * 5 + ["Mild"] * 5 + ["Moderate"] * 5 + ["Severe"] * 7
    assert _band_names("gad7") == expected  # 0-4, 5-9, 10-14, 15-21


def test_k10_bands_on_the_10_to_50_scoring() -> None:
    expected = (
        ["Likely to be well"] * 10 + ["Likely mild disorder"] * 5
        + ["Likely moderate disorder"] * 5 + ["Likely severe disorder"] * 21
    )  # fmt: skip
    assert _band_names("k10") == expected  # 10-19, 20-24, 25-29, 30-50


def test_pcl5_has_no_invented_bands_and_probable_ptsd_starts_at_33() -> None:
    pcl5 = get_instrument("pcl5")
    assert pcl5.total.bands is None
    assert score(pcl5, answers_reaching(pcl5, "total", 32)).case is False
    at_33 = score(pcl5, answers_reaching(pcl5, "total", 33))
    assert at_33.case is True and at_33.band is None


def test_core10_clinical_range_starts_at_11() -> None:
    core = get_instrument("core10")
    names = {v: score(core, answers_reaching(core, "total", v)).band.code for v in (10, 11, 24, 25)}
    assert names == {10: "low", 11: "mild", 24: "moderate_severe", 25: "severe"}


def test_dass21_bands_apply_to_doubled_scores() -> None:
    dass = get_instrument("dass21")
    codes = {
        v: score(dass, answers_reaching(dass, "anxiety", v)).subscales["anxiety"].band.code
        for v in (6, 8, 10, 14, 16, 20)
    }
    expected = {6: "normal", 8: "mild", 10: "moderate", 14: "moderate", 16: "severe"}
    assert codes == {**expected, 20: "extremely_severe"}


def test_scale_mean_reverses_items_1_3_5_and_divides_by_seven() -> None:
    """Edmondson 1999: seven 1-7 items, 1, 3 and 5 reversed (8 - answer), the scale is their
    mean; to two decimals here."""
    inst = get_instrument("psysafety7")
    answers = dict(zip((i.id for i in inst.items), (2, 6, 1, 5, 3, 6, 7), strict=True))
    assert score(inst, answers).total == round((6 + 6 + 7 + 5 + 5 + 6 + 7) / 7, 2) == 6.0
    uneven = {**answers, "psysafety7_7": 4}
    assert score(inst, uneven).total == round(39 / 7, 2) == 5.57
    assert score(inst, {i.id: 1 for i in inst.items}).total == round((1 * 4 + 7 * 3) / 7, 2)

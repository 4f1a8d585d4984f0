"""PDSA cycles drawn as bands: one shaded span per cycle, from its first period to its last."""

from __future__ import annotations

import re

import pytest

from services.metrics.stats.chart_svg import Band, render_chart
from tests.metrics.stats.test_chart_svg import example

pytestmark = pytest.mark.no_database

# matplotlib writes an axvspan as a path filled with the band's colour at the band's alpha.
BAND = re.compile(r"fill:\s*#009e73;\s*opacity:\s*0\.1", re.IGNORECASE)


def spans(svg: bytes) -> int:
    return len(BAND.findall(svg.decode()))


def test_each_started_cycle_inside_the_chart_is_one_band() -> None:
    chart, signals = example()
    plain = render_chart(chart, signals, title="No-show rate", y_label="Share")
    assert spans(plain) == 0
    bands = [Band("2024-01", "2024-03", "PDSA 1"), Band("2024-04", None, "PDSA 2"),
             Band("2030-01", None, "After the chart")]  # fmt: skip
    drawn = render_chart(chart, signals, title="No-show rate", y_label="Share", bands=bands)
    # Two bands in the chart, and one swatch in the legend (named once, for the first).
    assert spans(drawn) == 3

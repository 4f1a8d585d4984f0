"""Chart rendering: valid SVG, gaps for skipped points, a PNG to look at, thread safety."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from services.metrics.stats.chart_svg import Intervention, render_chart
from services.metrics.stats.charts import p_chart, run_chart
from services.metrics.stats.series import Baseline, ChartResult, Point
from services.metrics.stats.signals import Signal, control_chart_signals, run_chart_signals

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def no_show_series() -> list[Point]:
    """Two years of monthly no-shows; reminders start in January 2024; one month suppressed."""
    rng = random.Random(7)
    points = []
    for m in range(24):
        n = rng.randint(180, 320)
        rate = 0.22 if m < 12 else 0.14
        k = sum(rng.random() < rate for _ in range(n))
        period = f"{2023 + m // 12}-{m % 12 + 1:02d}"
        points.append(Point(period, numerator=k, denominator=n, suppressed=m == 7))
    return points


def example() -> tuple[ChartResult, list[Signal]]:
    chart = p_chart(no_show_series(), baseline=Baseline(start="2023-01", end="2023-12"))
    return chart, control_chart_signals(chart, "ihi")


def test_svg_is_well_formed_and_names_title_and_rules() -> None:
    chart, signals = example()
    svg = render_chart(chart, signals, title="No-show rate", y_label="Share of sessions",
                       intervention=Intervention("2024-01", "PDSA 1: text reminders"))  # fmt: skip
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    text = svg.decode()
    for expected in ("No-show rate", "PDSA 1: text reminders", "Point beyond a control limit",
                     "Baseline (limits frozen)", "2023-01"):  # fmt: skip
        assert expected in text


def test_example_png_renders(tmp_path: Path) -> None:
    chart, signals = example()
    png = render_chart(chart, signals, title="No-show rate, Riverside clinic (p chart)",
                       y_label="No-show rate", x_label="Month", image_format="png",
                       intervention=Intervention("2024-01", "PDSA 1: text reminders"))  # fmt: skip
    assert png.startswith(b"\x89PNG")
    (tmp_path / "no_show_p_chart.png").write_bytes(png)


def test_run_chart_with_runs_signal_renders() -> None:
    chart = run_chart([Point(f"2024-W{i:02d}", value=v) for i, v in enumerate([1, 9] * 6, 1)])
    svg = render_chart(chart, run_chart_signals(chart, "ihi").signals, title="t", y_label="days")
    assert b"Too many runs" in svg


def test_svg_carries_an_accessible_title_and_description() -> None:
    chart, signals = example()
    svg = render_chart(
        chart,
        signals,
        title="No-show rate & more",
        y_label="rate",
        subtitle="Signals: IHI rules",
        description="Shift <8> means a move",
    )
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root[0].tag == f"{ns}title" and root[0].text == "No-show rate & more\nSignals: IHI rules"
    assert root[1].tag == f"{ns}desc" and root[1].text == "Shift <8> means a move"
    # One image, named by its title and described by its desc, both referenced by id.
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == root[0].get("id") == "chart-title"
    assert root.get("aria-describedby") == root[1].get("id") == "chart-desc"
    other = ET.fromstring(render_chart(chart, signals, title="t", y_label="r", label_id="b"))
    assert other.get("aria-labelledby") == other[0].get("id") == "b-title"
    assert other.get("aria-describedby") is None and other[1].tag != f"{ns}desc"


def test_concurrent_renders_do_not_interfere() -> None:
    chart, signals = example()

    def draw(title: str) -> bytes:
        return render_chart(chart, signals, title=title, y_label="rate")

    with ThreadPoolExecutor(max_workers=4) as pool:
        images = list(pool.map(draw, [f"chart {i}" for i in range(8)]))
    for i, svg in enumerate(images):
        assert f"chart {i}".encode() in svg

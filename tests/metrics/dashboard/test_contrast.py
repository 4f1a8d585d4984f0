"""The dashboard's colours, read from its stylesheet, against the WCAG contrast minimums.

Text needs 4.5:1 against its background (WCAG 2.1 success criterion 1.4.3, Contrast
(Minimum)); what identifies a control (a field's border, a button's fill) and the focus
indicator need 3:1 against the colours next to them (SC 1.4.11, Non-text Contrast). The ratio
and the relative luminance are computed as WCAG defines them:
https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio and
https://www.w3.org/TR/WCAG21/#dfn-relative-luminance (with the 0.04045 threshold of the sRGB
standard, which WCAG 2.2 corrected the 0.03928 of 2.1 to; no colour here falls between them).
"""

from __future__ import annotations

import re

import pytest

from services.metrics.dashboard.templates import FOLDER

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

TEXT = 4.5  # SC 1.4.3
NON_TEXT = 3.0  # SC 1.4.11

#: (foreground, background, minimum, where a reader meets the pair), by custom property.
PAIRS = [
    ("ink", "card", TEXT, "body text in a card"),
    ("ink", "bg", TEXT, "body text on the page"),
    ("muted", "card", TEXT, "notes, form labels, suppressed cells"),
    ("muted", "bg", TEXT, "notes outside a card"),
    ("muted", "headbg", TEXT, "the confidence-interval note in a column heading"),
    ("muted", "sigbg", TEXT, "a suppressed cell in a row with a signal"),
    ("head", "headbg", TEXT, "column headings"),
    ("accent", "card", TEXT, "links"),
    ("accent", "bg", TEXT, "the back link above the report"),
    ("on-accent", "accent", TEXT, "the Show and Sign in buttons' label"),
    ("on-top", "top", TEXT, "the header's title, user and Sign out label"),
    ("warn", "warnbg", TEXT, "notices"),
    ("err", "errbg", TEXT, "errors"),
    ("sig", "sigbg", TEXT, "a row's signals"),
    ("field", "card", NON_TEXT, "the border of a select, a date input, the token box"),
    ("accent", "card", NON_TEXT, "a primary button's fill against its card"),
    ("top-edge", "top", NON_TEXT, "the Sign out button's border"),
    ("focus", "card", NON_TEXT, "the focus ring in a card"),
    ("focus", "bg", NON_TEXT, "the focus ring on the page"),
    ("top-focus", "top", NON_TEXT, "the focus ring in the header"),
]


def stylesheet() -> str:
    page = (FOLDER / "base.html").read_text(encoding="utf-8")
    match = re.search(r"<style>(.*?)</style>", page, flags=re.S)
    assert match is not None
    return match.group(1)


def palette() -> dict[str, str]:
    root = re.search(r":root\s*\{(.*?)\}", stylesheet(), flags=re.S)
    assert root is not None
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;", root.group(1)))


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of an sRGB ``#rgb`` or ``#rrggbb`` colour."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    r, g, b = (_channel(int(digits[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), L1 the lighter colour's luminance: 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_helper_gives_wcags_reference_ratios() -> None:
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#fff", "#fff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the usual AA grey
    assert contrast("#b9c2cc", "#ffffff") < NON_TEXT  # the field border this change replaced


@pytest.mark.parametrize(("fg", "bg", "minimum", "where"), PAIRS, ids=[p[3] for p in PAIRS])
def test_each_pair_a_reader_meets_has_enough_contrast(
    fg: str, bg: str, minimum: float, where: str
) -> None:
    colours = palette()
    ratio = contrast(colours[fg], colours[bg])
    assert ratio >= minimum, f"{where}: --{fg} on --{bg} is {ratio:.2f}:1, below {minimum}:1"


def test_every_colour_of_the_stylesheet_is_one_of_the_named_ones() -> None:
    """A colour written outside ``:root`` would escape the pairs above."""
    css = stylesheet()
    outside = re.sub(r":root\s*\{.*?\}", "", css, count=1, flags=re.S)
    assert re.findall(r"#[0-9a-fA-F]{3,6}\b|rgba?\(|hsla?\(|\bopacity\b", outside) == []
    used = set(re.findall(r"var\(--([\w-]+)\)", outside))
    assert used <= set(palette())
    assert {fg for fg, *_ in PAIRS} | {bg for _, bg, *_ in PAIRS} <= used


def test_no_page_template_sets_its_own_colours() -> None:
    for template in FOLDER.glob("*.html"):
        if template.name != "base.html":
            text = template.read_text(encoding="utf-8")
            assert "<style" not in text and "style=" not in text, template.name

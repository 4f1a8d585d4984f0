"""Read the dashboard's HTML the way a reader does: tables as rows of cell texts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Row:
    attrs: dict[str, str]
    cells: list[str] = field(default_factory=list)


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[Row]] = {}
        self.options: dict[str, list[tuple[str, bool]]] = {}
        self._table: str | None = None
        self._row: Row | None = None
        self._cell: list[str] | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "table":
            self._table = a.get("id", "")
            self.tables[self._table] = []
        elif tag == "tr" and self._table is not None:
            self._row = Row(a)
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "select":
            self._select = a.get("name", "")
            self.options.setdefault(self._select, [])
        elif tag == "option" and self._select is not None:
            self.options[self._select].append((a.get("value", ""), "selected" in a))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.cells.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            self.tables[self._table].append(self._row)
            self._row = None
        elif tag == "table":
            self._table = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse(html: str) -> _Tables:
    parser = _Tables()
    parser.feed(html)
    return parser


def body_rows(html: str, table: str) -> list[Row]:
    """The rows of a table below its header row."""
    return parse(html).tables[table][1:]


def options(html: str, name: str) -> list[str]:
    return [value for value, _ in parse(html).options.get(name, [])]


def svg(html: str) -> str:
    match = re.search(r"<svg.*?</svg>", html, flags=re.S)
    assert match is not None, "no inline SVG"
    return match.group(0)


def normalized_svg(document: str) -> str:
    """An SVG with matplotlib's random element ids renamed in order of appearance."""
    document = document[document.index("<svg") :]
    for i, name in enumerate(dict.fromkeys(re.findall(r'id="([^"]+)"', document))):
        document = document.replace(name, f"id{i}")
    return document.strip()

"""The dashboard's Jinja2 templates, found next to this module (from the source tree or an
installed package alike) and autoescaped, so no string from the facts is ever markup."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from services.metrics.catalog import EQUITY_DIMENSIONS, PERIODS
from services.metrics.dashboard import formatting
from services.metrics.dashboard.choices import DIMENSION_LABELS, LEVEL_LABELS, metric_groups

FOLDER = Path(__file__).parent / "templates"

_env = Environment(
    loader=FileSystemLoader(FOLDER),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.globals.update(
    fmt=formatting,
    level_labels=LEVEL_LABELS,
    dimension_labels=DIMENSION_LABELS,
    periods=PERIODS,
    dimensions=EQUITY_DIMENSIONS,
    metric_groups=metric_groups(),
)


def new_nonce() -> str:
    """A fresh Content-Security-Policy nonce: the page's one inline script carries it."""
    return secrets.token_urlsafe(16)


def render(name: str, **context: Any) -> str:
    return _env.get_template(name).render(**context)

"""The instrument catalog: instruments as data (schema, consistency checks, compiled conditions),
loaded once, and each organisation's view of it (enabled instruments, overrides)."""

from services.measures.instruments.catalog import (
    CATALOG_DIR,
    Catalog,
    default_catalog,
    get_instrument,
    is_enabled,
    load_catalog,
    parse_instrument,
)
from services.measures.instruments.org_settings import (
    instrument_for_org,
    put_setting,
    settings_for,
    with_setting,
)
from services.measures.instruments.overrides import InstrumentOverrides, apply_overrides
from services.measures.instruments.schema import Instrument, Item, Scale

__all__ = [
    "CATALOG_DIR",
    "Catalog",
    "Instrument",
    "InstrumentOverrides",
    "Item",
    "Scale",
    "apply_overrides",
    "default_catalog",
    "get_instrument",
    "instrument_for_org",
    "is_enabled",
    "load_catalog",
    "parse_instrument",
    "put_setting",
    "settings_for",
    "with_setting",
]

"""An organisation's view of the catalog: which restricted instruments it enabled, its overrides.

Every route that scores goes through :func:`instrument_for_org`, so a restricted instrument is
refused and an org's cut-offs apply in one place. Adjusted instruments are cached by their
override fingerprint: recompiling one costs milliseconds, scoring with it microseconds.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from sqlmodel import Session, select

from services.measures.errors import InstrumentNotEnabledError
from services.measures.instruments.catalog import Instrument, default_catalog
from services.measures.instruments.overrides import apply_overrides
from services.measures.models import InstrumentSettingRow
from shared.models import utcnow


def settings_for(session: Session, org: str) -> dict[str, InstrumentSettingRow]:
    rows = session.exec(select(InstrumentSettingRow).where(InstrumentSettingRow.org == org))
    return {row.instrument_id: row for row in rows}


def instrument_for_org(
    session: Session, org: str, instrument_id: str, version: int | None = None
) -> Instrument:
    """The catalog instrument with the org's overrides; raises if it is not enabled for it."""
    base = default_catalog().get(instrument_id, version)
    return with_setting(base, session.get(InstrumentSettingRow, (org, base.id)))


def instrument_to_review(session: Session, org: str, instrument_id: str) -> Instrument:
    """The instrument as the org would score with it; a restricted one it has not enabled yet is
    the catalog entry itself, readable so that the org can review it first."""
    base = default_catalog().get(instrument_id)
    try:
        return with_setting(base, session.get(InstrumentSettingRow, (org, base.id)))
    except InstrumentNotEnabledError:
        return base


def with_setting(base: Instrument, row: InstrumentSettingRow | None) -> Instrument:
    """``base`` as the org's setting row makes it (for callers that read the settings once)."""
    if base.license.commercial_use_restricted and not (row and row.enabled):
        raise InstrumentNotEnabledError(base.id)
    if row is None or not row.overrides:
        return base
    return _adjusted(base.id, base.version, json.dumps(row.overrides, sort_keys=True))


@functools.lru_cache(maxsize=1024)
def _adjusted(instrument_id: str, version: int, overrides_json: str) -> Instrument:
    base = default_catalog().get(instrument_id, version)
    return apply_overrides(base, json.loads(overrides_json))


def put_setting(
    session: Session,
    *,
    org: str,
    instrument_id: str,
    enabled: bool,
    overrides: dict[str, Any] | None,
) -> InstrumentSettingRow:
    """Store the org's choice; overrides are applied once here so a bad one is refused now."""
    base = default_catalog().get(instrument_id)
    if overrides:
        apply_overrides(base, overrides)  # raises InvalidOverrideError
    row = session.get(InstrumentSettingRow, (org, base.id))
    if row is None:
        row = InstrumentSettingRow(org=org, instrument_id=base.id, updated_at=utcnow())
    row.enabled = enabled
    row.overrides = overrides or None
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return row

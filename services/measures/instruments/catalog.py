"""The instrument catalog: read and validate every catalog file once, then serve instruments.

Files live in ``catalog/<id>.v<version>.json``. Loading is all-or-nothing: one bad file stops the
service from starting rather than letting it score with a broken instrument. Instruments whose
licence restricts commercial use are listed but stay off until an organisation enables them.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from services.measures.errors import CatalogError, InstrumentNotEnabledError, UnknownInstrumentError
from services.measures.instruments.checks import instrument_problems
from services.measures.instruments.schema import (
    AnswerList,
    AnswerOption,
    Band,
    Instrument,
    Item,
    Scale,
    Subscale,
)

__all__ = [
    "CATALOG_DIR",
    "AnswerList",
    "AnswerOption",
    "Band",
    "Catalog",
    "Instrument",
    "Item",
    "Scale",
    "Subscale",
    "default_catalog",
    "ensure_enabled",
    "get_instrument",
    "is_enabled",
    "load_catalog",
    "parse_instrument",
]

CATALOG_DIR = Path(__file__).parents[1] / "catalog"


class Catalog:
    """All versions of all instruments, looked up by id and (optionally) version."""

    def __init__(self, instruments: Iterable[Instrument]) -> None:
        self._by_key: dict[tuple[str, int], Instrument] = {}
        for inst in instruments:
            if (inst.id, inst.version) in self._by_key:
                raise CatalogError(f"{inst.id} v{inst.version} is defined twice")
            self._by_key[(inst.id, inst.version)] = inst
        self._latest: dict[str, Instrument] = {}
        for inst in sorted(self._by_key.values(), key=lambda i: i.version):
            self._latest[inst.id] = inst

    def get(self, instrument_id: str, version: int | None = None) -> Instrument:
        """The instrument, at ``version`` or else its latest version."""
        found = (
            self._latest.get(instrument_id)
            if version is None
            else self._by_key.get((instrument_id, version))
        )
        if found is None:
            raise UnknownInstrumentError(instrument_id, version)
        return found

    def latest(self) -> list[Instrument]:
        """The latest version of each instrument, ordered by id."""
        return [self._latest[key] for key in sorted(self._latest)]

    def available(self, org_enabled: Collection[str] = ()) -> list[Instrument]:
        """Latest instruments an organisation may use, given the restricted ids it enabled."""
        return [inst for inst in self.latest() if is_enabled(inst, org_enabled)]

    def __iter__(self) -> Iterator[Instrument]:
        return iter(sorted(self._by_key.values(), key=lambda i: (i.id, i.version)))

    def __len__(self) -> int:
        return len(self._by_key)


def is_enabled(inst: Instrument, org_enabled: Collection[str]) -> bool:
    """Free instruments are always on; restricted ones only once the org has enabled them."""
    return not inst.license.commercial_use_restricted or inst.id in org_enabled


def ensure_enabled(inst: Instrument, org_enabled: Collection[str]) -> Instrument:
    if not is_enabled(inst, org_enabled):
        raise InstrumentNotEnabledError(inst.id)
    return inst


def parse_instrument(data: object, *, origin: str = "<data>") -> Instrument:
    """Validate one instrument's JSON data (schema and consistency); raise CatalogError."""
    try:
        inst = Instrument.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(f"{origin}: {exc}") from exc
    if inst.overrides_applied is not None or inst.fingerprint is not None:
        raise CatalogError(f"{origin}: catalog files cannot carry applied overrides")
    problems = instrument_problems(inst)
    if problems:
        raise CatalogError(f"{origin}: " + "; ".join(problems))
    return inst


def load_catalog(directory: Path = CATALOG_DIR) -> Catalog:
    """Read every ``*.json`` file in ``directory``; the file name must match id and version."""
    instruments = []
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise CatalogError(f"{path.name}: not JSON: {exc}") from exc
        inst = parse_instrument(data, origin=path.name)
        if path.name != f"{inst.id}.v{inst.version}.json":
            raise CatalogError(f"{path.name}: file name must be {inst.id}.v{inst.version}.json")
        instruments.append(inst)
    if not instruments:
        raise CatalogError(f"no catalog files in {directory}")
    return Catalog(instruments)


@functools.cache
def default_catalog() -> Catalog:
    """The packaged catalog, loaded and validated once per process."""
    return load_catalog()


def get_instrument(instrument_id: str, version: int | None = None) -> Instrument:
    return default_catalog().get(instrument_id, version)

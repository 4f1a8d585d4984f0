"""The committed clients are what the generators make of the committed snapshots, byte for byte.

A snapshot refreshed without ``make clients`` (or a hand edit under ``clients/``) fails here,
naming the files that differ. The TypeScript half needs Node and ``npm ci`` in
``clients/typescript``; without them it skips, saying why, so ``make test`` needs only Python.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from harness.clients import (
    PYTHON_CLIENTS,
    SERVICES,
    TYPESCRIPT_CLIENTS,
    files,
    generate_python,
    generate_typescript,
    typescript_generator,
)

pytestmark = pytest.mark.no_database


def _differences(committed: dict[str, bytes], fresh: dict[str, bytes]) -> list[str]:
    return sorted(
        [f"missing: {name}" for name in fresh.keys() - committed.keys()]
        + [f"not generated: {name}" for name in committed.keys() - fresh.keys()]
        + [f"differs: {name}" for name in committed.keys() & fresh.keys()
           if committed[name] != fresh[name]]
    )  # fmt: skip


@pytest.mark.parametrize("service", SERVICES)
def test_python_client_matches_its_snapshot(service: str, tmp_path: Path) -> None:
    fresh = files(generate_python(service, tmp_path))
    committed = files(PYTHON_CLIENTS / service)
    assert f"learning_loop_{service}_client/client.py" in fresh
    differences = _differences(committed, fresh)
    assert not differences, (
        f"clients/python/{service} is not what the generator makes of the snapshot; "
        "run `make clients`:\n" + "\n".join(differences[:40])
    )


def _typescript_or_skip() -> None:
    if typescript_generator() is None:
        pytest.skip("Node or openapi-typescript is missing: run `npm ci` in clients/typescript")


@pytest.mark.parametrize("service", SERVICES)
def test_typescript_types_match_their_snapshot(service: str, tmp_path: Path) -> None:
    _typescript_or_skip()
    fresh = generate_typescript(service, tmp_path).read_bytes()
    assert b"export interface paths" in fresh
    committed = (TYPESCRIPT_CLIENTS / f"{service}.d.ts").read_bytes()
    assert committed == fresh, (
        f"clients/typescript/{service}.d.ts is not what openapi-typescript makes of the "
        "snapshot; run `make clients`"
    )


def test_typescript_usage_example_typechecks() -> None:
    """The README's example compiles against the committed types (tsc, no emit)."""
    _typescript_or_skip()
    compiler = TYPESCRIPT_CLIENTS / "node_modules" / ".bin" / "tsc"
    if not compiler.exists() or shutil.which("node") is None:
        pytest.skip("tsc is missing: run `npm ci` in clients/typescript")
    checked = subprocess.run(
        [str(compiler), "--noEmit", "-p", "."],
        cwd=TYPESCRIPT_CLIENTS,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr

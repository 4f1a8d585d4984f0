"""The committed clients, regenerated from the committed OpenAPI snapshots.

Integrators get a Python package per service (openapi-python-client, under
``clients/python/<service>/``) and TypeScript types per service (openapi-typescript, pinned in
``clients/typescript/package-lock.json``). Both are built from ``services/<service>/openapi.json``,
the contract the repository publishes, never from a running app; so a client that matches its
snapshot, and a snapshot that matches its app (tests/contract), are a client that matches the app.

``python -m harness.clients`` (``make clients``) rewrites them in place; the contract tests
regenerate into a temporary folder and compare byte for byte.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from harness.processes import ROOT

SERVICES = ("intake", "measures", "metrics")
CLIENTS = ROOT / "clients"
PYTHON_CLIENTS = CLIENTS / "python"
TYPESCRIPT_CLIENTS = CLIENTS / "typescript"
GENERATOR_CONFIG = PYTHON_CLIENTS / "generator.yaml"
TYPESCRIPT_GENERATOR = TYPESCRIPT_CLIENTS / "node_modules" / ".bin" / "openapi-typescript"
_LEFTOVERS = {".ruff_cache", "__pycache__"}
"""What a generator run or an import leaves beside the generated files; never compared."""


def snapshot(service: str) -> Path:
    return ROOT / "services" / service / "openapi.json"


def python_package(service: str) -> str:
    """The import name openapi-python-client derives from the document's title."""
    return f"learning_loop_{service}_client"


def generate_python(service: str, into: Path) -> Path:
    """Write ``<into>/<service>/``: an installable project holding ``python_package(service)``.

    The generator's ruff hooks run from the virtual environment's own ruff (the pinned one),
    put first on PATH, so the formatting is the same wherever this runs.
    """
    tools = Path(sys.executable).parent
    generator = shutil.which("openapi-python-client", path=str(tools))
    if generator is None:
        raise RuntimeError("openapi-python-client is missing: `make test` installs the dev tools")
    target = into / service
    shutil.rmtree(target, ignore_errors=True)  # nothing of an older generation may stay
    environment = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ.get('PATH', '')}"}
    _run(
        [
            generator,
            "generate",
            "--path",
            str(snapshot(service)),
            "--meta",
            "uv",
            "--config",
            str(GENERATOR_CONFIG),
            "--output-path",
            str(target),
        ],
        env=environment,
    )
    for leftover in _LEFTOVERS:
        for found in list(target.rglob(leftover)):
            shutil.rmtree(found)
    return target


def _run(command: list[str], **options: Any) -> None:
    """Run a generator; if it fails, raise with what it said."""
    done = subprocess.run(command, capture_output=True, text=True, check=False, **options)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def typescript_generator() -> Path | None:
    """openapi-typescript as ``npm ci`` installed it; None without Node or that install."""
    if shutil.which("node") is None or not TYPESCRIPT_GENERATOR.exists():
        return None
    return TYPESCRIPT_GENERATOR


def generate_typescript(service: str, into: Path) -> Path:
    """Write ``<into>/<service>.d.ts``: the document's paths, operations and schemas as types."""
    generator = typescript_generator()
    if generator is None:
        raise RuntimeError("openapi-typescript is missing: run `npm ci` in clients/typescript")
    target = into / f"{service}.d.ts"
    _run([str(generator), str(snapshot(service)), "--output", str(target)], cwd=TYPESCRIPT_CLIENTS)
    return target


def files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, less what tools leave behind."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not _LEFTOVERS & set(path.relative_to(folder).parts)
    }


def main() -> int:
    for service in SERVICES:
        print(f"python: {generate_python(service, PYTHON_CLIENTS).relative_to(ROOT)}")
    if typescript_generator() is None:
        print("typescript: skipped, no openapi-typescript (`npm ci` in clients/typescript)")
        return 0
    for service in SERVICES:
        print(f"typescript: {generate_typescript(service, TYPESCRIPT_CLIENTS).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

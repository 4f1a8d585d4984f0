"""The lock files pin what pyproject.toml asks for, and this environment runs those pins.

`make run` and `make test` install with ``-c requirements/run.txt`` / ``dev.txt`` as
constraints, so a fresh machine gets the versions the suite last passed with. `make lock`
re-resolves them (uv, universal: one file for every platform and Python 3.11+).
"""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
RUNTIME = [Requirement(line) for line in PROJECT["dependencies"]]
DEV = [Requirement(line) for line in PROJECT["optional-dependencies"]["dev"]]


def pins(lock: str) -> dict[str, str]:
    """The version pinned for this interpreter and platform, by canonical name."""
    pinned: dict[str, str] = {}
    environment = default_environment()
    for line in (ROOT / "requirements" / lock).read_text().splitlines():
        if not line or line.startswith((" ", "#")):
            continue
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate(environment):
            (specifier,) = requirement.specifier
            pinned[canonicalize_name(requirement.name)] = specifier.version
    return pinned


@pytest.mark.parametrize(
    ("lock", "wanted"), [("run.txt", RUNTIME), ("dev.txt", RUNTIME + DEV)], ids=["run", "dev"]
)
def test_the_lock_pins_every_dependency_within_its_range(
    lock: str, wanted: list[Requirement]
) -> None:
    pinned = pins(lock)
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement.name} is not in requirements/{lock}: make lock"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"requirements/{lock} pins {name} {pinned[name]}, outside {requirement.specifier}"
        )


def test_running_needs_none_of_the_development_tools() -> None:
    runtime = pins("run.txt")
    for tool in ("pytest", "ruff", "mypy", "schemathesis", "playwright", "locust"):
        assert tool not in runtime


def test_this_environment_runs_the_locked_versions() -> None:
    """What the suite passes with is what the lock gives a fresh machine."""
    drifted = {}
    for name, pinned in pins("dev.txt").items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            drifted[name] = (pinned, None)
            continue
        if Version(installed) != Version(pinned):
            drifted[name] = (pinned, installed)
    assert not drifted, f"installed versions differ from requirements/dev.txt: {drifted}"

"""Which committed snapshot the working tree is compared with, read from git.

The base is, in order: ``API_DIFF_BASE`` when set (any revision git understands); else the
newest tag reachable from HEAD (a release: everything since must keep its promises or say it
does not); else, on a branch, where it left ``main`` (the branch's whole change); else, on main
itself, HEAD's first parent (for a merge, main before the merge). Without git or history, no
base: the caller skips the check and says so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from harness.processes import ROOT

MAINS = ("main", "origin/main")


def _git(*args: str, root: Path = ROOT) -> str | None:
    """git's answer, stripped, or None when git is missing or the command fails."""
    executable = shutil.which("git")
    if executable is None:
        return None
    done = subprocess.run(
        [executable, *args], cwd=root, capture_output=True, text=True, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else None


def base_revision(root: Path = ROOT) -> tuple[str, str] | None:
    """The revision to compare with and why it was chosen; None without git history."""
    if explicit := os.environ.get("API_DIFF_BASE"):
        return explicit, "API_DIFF_BASE"
    head = _git("rev-parse", "--verify", "HEAD", root=root)
    if head is None:
        return None
    if tag := _git("describe", "--tags", "--abbrev=0", "HEAD", root=root):
        return tag, f"the newest tag, {tag}"
    for main in MAINS:
        fork = _git("merge-base", "HEAD", main, root=root)
        if fork is not None and fork != head:
            return fork, f"where HEAD left {main}"
    parent = _git("rev-parse", "--verify", "--quiet", "HEAD^1", root=root)
    if parent is None:
        return None
    return parent, "HEAD's first parent (HEAD is on main)"


def exists(revision: str, root: Path = ROOT) -> bool:
    """Whether ``revision`` names a commit in this repository."""
    return _git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}", root=root) is not None


def snapshot_at(revision: str, service: str, root: Path = ROOT) -> dict[str, Any] | None:
    """``services/<service>/openapi.json`` as committed at ``revision``; None if absent there."""
    text = _git("show", f"{revision}:services/{service}/openapi.json", root=root)
    return None if text is None else json.loads(text)


def working_snapshot(service: str, root: Path = ROOT) -> dict[str, Any]:
    """The snapshot in the working tree: tests/contract keeps it equal to the app's document."""
    document: dict[str, Any] = json.loads(
        (root / "services" / service / "openapi.json").read_text(encoding="utf-8")
    )
    return document

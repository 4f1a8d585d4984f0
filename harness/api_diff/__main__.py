"""``python -m harness.api_diff [--base REV] [SERVICE ...]``: check the working tree's snapshots
against those committed at the base (revisions.py says which); exit 1 if any check fails."""

from __future__ import annotations

import argparse
import sys

from harness.api_diff.policy import judge
from harness.api_diff.revisions import base_revision, snapshot_at, working_snapshot
from harness.clients import SERVICES
from harness.processes import ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.api_diff", description=__doc__)
    parser.add_argument("services", nargs="*", help="intake, measures or metrics (default: all)")
    parser.add_argument("--base", help="git revision to compare with (default: see revisions.py)")
    args = parser.parse_args(argv)
    if unknown := sorted(set(args.services) - set(SERVICES)):
        parser.error(f"unknown service: {', '.join(unknown)}")
    chosen = (args.base, "--base") if args.base else base_revision()
    if chosen is None:
        print("no git history to compare with: the breaking-change check is skipped")
        return 0
    revision, why = chosen
    print(f"comparing with {revision} ({why})")
    changelog_path = ROOT / "CHANGELOG.md"
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else ""
    failed = False
    for service in args.services or SERVICES:
        base = snapshot_at(revision, service)
        if base is None:
            print(f"{service}: no snapshot at {revision}, nothing to compare")
            continue
        verdict = judge(service, base, working_snapshot(service), changelog)
        print(verdict.report())
        failed = failed or not verdict.passed
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

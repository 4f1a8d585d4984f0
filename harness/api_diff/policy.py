"""When a breaking change may land: a breaking version and a CHANGELOG entry that names it.

The version is the service's ``info.version`` (each service versions its own API). Under
semantic versioning a breaking change raises the major version; while the major is 0, the
minor plays that part (0.1.x to 0.2.0), as semver's "anything may change" for 0.x is usually
read. The entry is the CHANGELOG.md section headed ``## [<service> <version>]``; it names a
change by the path of the operation it breaks or the name of a schema it is in, so a schema
used by ten operations is named once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from harness.api_diff.changes import Change
from harness.api_diff.operations import breaking_changes

_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")


def _parts(version: str) -> tuple[int, int, int]:
    found = _VERSION.match(version)
    if found is None:
        raise ValueError(f"{version!r} is not a semantic version (MAJOR.MINOR.PATCH)")
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def is_breaking_release(before: str, after: str) -> bool:
    """Whether ``after`` may break what ``before`` promised: a higher major, or under 1.0 a
    higher minor (the major staying 0)."""
    old, new = _parts(before), _parts(after)
    if old[0] == 0 and new[0] == 0:
        return new[1] > old[1]
    return new[0] > old[0]


def changelog_entry(changelog: str, service: str, version: str) -> str | None:
    """The text of the ``## [<service> <version>]`` section, or None when there is none."""
    heading = re.compile(rf"^## \[{re.escape(service)} {re.escape(version)}\].*$", re.MULTILINE)
    found = heading.search(changelog)
    if found is None:
        return None
    following = re.compile(r"^## ", re.MULTILINE).search(changelog, found.end())
    return changelog[found.end() : following.start() if following else len(changelog)]


@dataclass
class Verdict:
    """The check of one service: its breaking changes and why they may not land (if so)."""

    service: str
    before: str
    after: str
    changes: list[Change]
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems

    def report(self) -> str:
        lines = [f"{self.service} {self.before} -> {self.after}: {len(self.changes)} breaking"]
        lines += [f"  - {change}" for change in self.changes]
        lines += [f"  FAIL: {problem}" for problem in self.problems]
        return "\n".join(lines)


def judge(service: str, base: dict[str, Any], head: dict[str, Any], changelog: str) -> Verdict:
    """Compare the documents; breaking changes pass only with a breaking version and an entry."""
    before, after = base["info"]["version"], head["info"]["version"]
    verdict = Verdict(service, before, after, breaking_changes(base, head))
    if not verdict.changes:
        return verdict
    if not is_breaking_release(before, after):
        verdict.problems.append(
            f"info.version {after} does not mark a breaking release after {before}: raise the "
            "major version (the minor while the major is 0) in the service's app"
        )
    entry = changelog_entry(changelog, service, after)
    if entry is None:
        verdict.problems.append(f"CHANGELOG.md has no section '## [{service} {after}]'")
        return verdict
    unnamed = [change for change in verdict.changes if not change.named_in(entry)]
    if unnamed:
        verdict.problems.append(
            f"the CHANGELOG.md section for {service} {after} does not name (by operation path "
            "or schema) " + "; ".join(str(change) for change in unnamed[:10])
        )
    return verdict

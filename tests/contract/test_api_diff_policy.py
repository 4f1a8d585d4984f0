"""A breaking change lands only with a breaking version and a CHANGELOG section that names it;
and the git base the check compares with is chosen as revisions.py says.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from harness.api_diff.policy import changelog_entry, is_breaking_release, judge
from harness.api_diff.revisions import base_revision, snapshot_at
from tests.support.api_documents import things

pytestmark = pytest.mark.no_database


def _removed_listing(version: str) -> dict[str, Any]:
    head = things()
    del head["paths"]["/v1/things"]
    head["info"]["version"] = version
    return head


def _changelog(section: str) -> str:
    return (
        f"# Changelog\n\n## [Unreleased]\n\n{section}\n## [things 0.1.0] - 2026-01-01\n\n- first\n"
    )


@pytest.mark.parametrize(
    ("before", "after", "breaking"),
    [("0.1.0", "0.2.0", True), ("0.1.0", "0.1.1", False), ("0.9.3", "1.0.0", True),
     ("1.4.0", "1.5.0", False), ("1.4.0", "2.0.0", True), ("2.0.0", "1.9.0", False)],
)  # fmt: skip
def test_what_counts_as_a_breaking_release(before: str, after: str, breaking: bool) -> None:
    assert is_breaking_release(before, after) is breaking


def test_a_breaking_change_without_version_or_entry_fails_saying_both() -> None:
    verdict = judge("things", things(), _removed_listing("0.1.0"), _changelog(""))
    assert not verdict.passed
    assert [str(c) for c in verdict.changes] == ["GET /v1/things: operation was removed"]
    assert "does not mark a breaking release" in verdict.problems[0]
    assert "no section '## [things 0.1.0]'" not in verdict.report()  # 0.1.0 has one
    assert "does not name" in verdict.problems[1]


def test_a_new_version_without_its_section_fails() -> None:
    verdict = judge("things", things(), _removed_listing("0.2.0"), _changelog(""))
    assert verdict.problems == ["CHANGELOG.md has no section '## [things 0.2.0]'"]


def test_a_section_that_does_not_name_the_change_fails() -> None:
    section = "## [things 0.2.0] - 2026-02-01\n\n### Removed\n\n- `/v1/things/{thing_id}` list\n"
    verdict = judge("things", things(), _removed_listing("0.2.0"), _changelog(section))
    assert len(verdict.problems) == 1
    assert "GET /v1/things: operation was removed" in verdict.problems[0]


def test_a_breaking_version_whose_section_names_the_change_passes() -> None:
    section = "## [things 0.2.0] - 2026-02-01\n\n### Removed\n\n- `GET /v1/things`: page instead.\n"
    verdict = judge("things", things(), _removed_listing("0.2.0"), _changelog(section))
    assert verdict.passed, verdict.report()


def test_a_section_may_name_the_schema_instead_of_every_path() -> None:
    head = things()
    head["components"]["schemas"]["Thing"]["properties"].pop("name")
    head["info"]["version"] = "0.2.0"
    section = "## [things 0.2.0] - 2026-02-01\n\n### Removed\n\n- Thing.name (use title).\n"
    verdict = judge("things", things(), head, _changelog(section))
    assert len(verdict.changes) == 3  # read, put, list: one schema
    assert verdict.passed, verdict.report()


def test_compatible_additions_pass_without_version_or_entry() -> None:
    head = things()
    head["components"]["schemas"]["Thing"]["properties"]["created"] = {"type": "string"}
    head["paths"]["/v1/things"]["post"] = head["paths"]["/v1/things"]["get"]
    verdict = judge("things", things(), head, "")
    assert verdict.passed and verdict.changes == []


def test_the_entry_is_only_its_own_section() -> None:
    text = _changelog("## [things 0.2.0] - 2026-02-01\n\n- GET /v1/things gone\n")
    assert changelog_entry(text, "things", "0.2.0") == "\n\n- GET /v1/things gone\n\n"
    assert changelog_entry(text, "other", "0.2.0") is None


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.delenv("API_DIFF_BASE", raising=False)
    for key, value in {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }.items():
        monkeypatch.setenv(key, value)  # fmt: skip
    _git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "services" / "things").mkdir(parents=True)
    (tmp_path / "services" / "things" / "openapi.json").write_text('{"info": {"version": "0.1.0"}}')
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "first")
    return tmp_path


def test_on_main_the_base_is_the_first_parent(repository: Path) -> None:
    first = _git(repository, "rev-parse", "HEAD")
    assert base_revision(repository) is None  # one commit: nothing before it
    _git(repository, "commit", "-q", "--allow-empty", "-m", "second")
    assert base_revision(repository) == (first, "HEAD's first parent (HEAD is on main)")
    assert snapshot_at(first, "things", repository) == {"info": {"version": "0.1.0"}}
    assert snapshot_at(first, "nothing", repository) is None


def test_on_a_branch_the_base_is_where_it_left_main(repository: Path) -> None:
    fork = _git(repository, "rev-parse", "HEAD")
    _git(repository, "checkout", "-q", "-b", "feature")
    _git(repository, "commit", "-q", "--allow-empty", "-m", "one")
    _git(repository, "commit", "-q", "--allow-empty", "-m", "two")
    assert base_revision(repository) == (fork, "where HEAD left main")


def test_a_tag_wins_and_the_environment_wins_over_it(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _git(repository, "tag", "v0.1.0")
    _git(repository, "commit", "-q", "--allow-empty", "-m", "after the release")
    assert base_revision(repository) == ("v0.1.0", "the newest tag, v0.1.0")
    monkeypatch.setenv("API_DIFF_BASE", "HEAD~1")
    assert base_revision(repository) == ("HEAD~1", "API_DIFF_BASE")

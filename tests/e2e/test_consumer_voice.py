"""Scenario: consumers' feedback read, themed and answered, over HTTP (issue #20).

Three real processes (intake, measures, metrics); `voice_scenario.py` is what is sent. A
patients' app posts session feedback and comments for four teams over twelve weeks of kept
sessions; staff list the feedback with filters and pages, without the comments unless their
token holds `intake:feedback-review` (each comment shown leaves an audit row); they keep a list
of themes, tag the submissions and re-tag some; the org publishes a "you said, we did" response
that the app reads. metrics, pulling both feeds, publishes each question's mean and top-box
share, the response rate and the theme shares per team and for the org, and each equals a
recomputation from what was sent under the disclosure policy. No canary comment reaches a feed,
a metrics answer or a service's log; the org's overview lists the feedback metrics.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from harness.cluster import three_services, wait_caught_up
from tests.e2e.voice_scenario import (
    ITEMS,
    NOBODY,
    ORG,
    THEMES,
    TOP_BOX,
    Expected,
    Voice,
    first_tags,
    publish,
    raw_cells,
    retag,
    scenario,
)  # fmt: skip

APP, READER, REVIEWER = "intake:write", "intake:read", "intake:read intake:feedback-review"
RETAGGED = 7  # the first comments, re-tagged on a second reading


def _post(voice: Voice, path: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    results = []
    for start in range(0, len(items), 500):
        answer = voice.call("POST", "intake", path, APP, json=items[start : start + 500])
        results += answer["results"]
    assert [r for r in results if r["status"] != 201] == []
    return results


@pytest.fixture(scope="module")
def voice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Voice]:
    with three_services(Path(tmp_path_factory.mktemp("voice")), "voice") as services:
        sent = scenario(datetime.now(UTC))
        voice = Voice(services, sent, {})
        _post(voice, "/v1/encounters:batch", sent.encounters)
        results = _post(voice, "/v1/feedback:batch", sent.first)
        voice.between = datetime.now(UTC).isoformat()
        results += _post(voice, "/v1/feedback:batch", sent.second)
        voice.ids = {
            f["submission_id"]: r["id"] for f, r in zip(sent.feedback, results, strict=True)
        }
        for code, label in THEMES.items():
            voice.call(
                "PUT", "intake", f"/v1/feedback-themes/{code}", REVIEWER, json={"label": label}
            )
        comments = [f for f in sent.feedback if f["form_id"] == "comment"]
        for n, submission in enumerate(sent.feedback):
            themes = first_tags(submission, n)
            if themes:
                _tag(voice, submission, themes)
        for n, submission in enumerate(comments[:RETAGGED]):
            _tag(voice, submission, retag(n))
        for rid, published in (("yswd-waiting", True), ("yswd-rooms-draft", False)):
            body = {"themes": ["access-waiting"], "you_said": "Waits were long.",
                    "we_did": "Two evening clinics.", "published": published}  # fmt: skip
            voice.call("PUT", "intake", f"/v1/feedback-responses/{rid}", REVIEWER, json=body)
        wait_caught_up(services["metrics"], ORG, seconds=60)
        yield voice
        voice.client.close()


def _tag(voice: Voice, submission: dict[str, Any], themes: list[str]) -> None:
    feedback_id = voice.ids[submission["submission_id"]]
    path = f"/v1/feedback/{feedback_id}/themes"
    assert voice.call("PUT", "intake", path, REVIEWER, json={"themes": themes})["themes"] == themes
    voice.tags[feedback_id] = themes


def _comment_reads(voice: Voice) -> Counter[str]:
    """Intake's audit rows of comments shown, per subject (there is no read API for them)."""
    engine = create_engine(voice.services["intake"].env["INTAKE_DATABASE_URL"])
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT patient_id, actor FROM audit_log WHERE action = 'read-comment'"
            )).all()  # fmt: skip
    finally:
        engine.dispose()
    assert {actor for _, actor in rows} <= {"reviewer"}
    return Counter(subject for subject, _ in rows)


def _ids(items: list[dict[str, Any]]) -> set[str]:
    return {i["feedback_id"] for i in items}


def test_staff_list_feedback_by_filters_and_pages_without_the_comments(voice: Voice) -> None:
    sent, ids = voice.sent, voice.ids
    listed = voice.pages("intake", "/v1/feedback", READER, limit=40)
    assert len(listed) == len(_ids(listed))  # no page repeats one
    assert _ids(listed) == set(ids.values())
    assert all("comment" not in i["answers"] for i in listed)
    assert not any(c in json.dumps(listed) for c in sent.canaries)
    comments = {ids[f["submission_id"]] for f in sent.feedback if f["form_id"] == "comment"}
    assert {i["feedback_id"] for i in listed if i["has_comment"]} == comments

    def where(**wanted: str) -> set[str]:
        return {ids[f["submission_id"]] for f in sent.feedback
                if wanted.items() <= (sent.encounter(f) or {}).items()}  # fmt: skip

    for params, expected in [
        ({"form_id": "comment", "has_comment": "true"}, comments),
        ({"has_comment": "false"}, set(ids.values()) - comments),
        ({"team_id": "team-north"}, where(team_id="team-north")),
        ({"clinician_id": "clin-team-east-1"}, where(clinician_id="clin-team-east-1")),
        ({"site_id": "site-2", "form_id": "comment"}, where(site_id="site-2") & comments),
        ({"received_to": voice.between}, {ids[f["submission_id"]] for f in sent.first}),
        ({"received_from": voice.between}, {ids[f["submission_id"]] for f in sent.second}),
    ]:
        assert _ids(voice.pages("intake", "/v1/feedback", READER, limit=40, **params)) == expected
    assert _comment_reads(voice) == Counter()  # nothing shown, nothing audited


def test_reviewers_read_the_comments_and_each_read_is_audited(voice: Voice) -> None:
    sent = {voice.ids[f["submission_id"]]: f["answers"]["comment"]
            for f in voice.sent.feedback if f["form_id"] == "comment"}  # fmt: skip
    listed = voice.pages("intake", "/v1/feedback", REVIEWER, sub="reviewer", limit=15,
                         form_id="comment")  # fmt: skip
    assert {i["feedback_id"]: i["answers"]["comment"] for i in listed} == sent
    one = sorted(sent)[0]
    again = voice.call("GET", "intake", f"/v1/feedback/{one}", REVIEWER, sub="reviewer")
    assert again["answers"]["comment"] == sent[one]
    assert voice.call("GET", "intake", f"/v1/feedback/{one}", READER)["answers"] == {}
    expected = Counter(f"feedback/{i}" for i in sent) + Counter([f"feedback/{one}"])
    assert _comment_reads(voice) == expected


def test_themes_are_kept_tagged_and_retagged(voice: Voice) -> None:
    themes = voice.call("GET", "intake", "/v1/feedback-themes", READER)
    assert [t["code"] for t in themes] == sorted(THEMES)
    for feedback_id, latest in list(voice.tags.items())[:40]:
        read = voice.call("GET", "intake", f"/v1/feedback/{feedback_id}", READER)
        assert read["themes"] == latest
    assert any(latest == [] for latest in voice.tags.values())  # a re-tag removed them all
    with pytest.raises(AssertionError, match="422"):
        path = f"/v1/feedback/{next(iter(voice.tags))}/themes"
        voice.call("PUT", "intake", path, REVIEWER, json={"themes": ["not-a-theme"]})


def test_the_app_reads_what_the_org_did_and_no_draft(voice: Voice) -> None:
    listed = voice.pages("intake", "/v1/feedback-responses", APP)
    assert [(r["response_id"], r["published"]) for r in listed] == [("yswd-waiting", True)]
    assert listed[0]["published_at"] is not None and listed[0]["we_did"] == "Two evening clinics."
    staff = voice.pages("intake", "/v1/feedback-responses:all", READER)
    assert {r["response_id"] for r in staff} == {"yswd-waiting", "yswd-rooms-draft"}


# metrics against the recomputation ----------------------------------------------------------


def _received(voice: Voice) -> dict[str, tuple[str, str | None]]:
    """Feedback id -> (month received, as intake stamped it; team of its session)."""
    listed = voice.pages("intake", "/v1/feedback", READER, limit=100)
    teams = {voice.ids[f["submission_id"]]: (voice.sent.encounter(f) or {}).get("team_id")
             for f in voice.sent.feedback}  # fmt: skip
    return {
        i["feedback_id"]: (i["received_at"][:7] + "-01", teams[i["feedback_id"]]) for i in listed
    }


def _expected(voice: Voice, metric: str, filters: dict[str, str]) -> dict[Any, Expected]:
    received, rows = _received(voice), []
    for f in voice.sent.feedback:
        fid = voice.ids[f["submission_id"]]
        (month, team), patient = received[fid], f.get("patient_id")
        if metric == "feedback-response-rate":
            rows.append((month, team, patient, 1, 0))
        elif metric == "feedback-theme-share":
            rows.append((month, team, patient, filters["theme"] in voice.tags.get(fid, []), 1))
        elif f["form_id"] == "session-feedback" and filters["item"] in f["answers"]:
            score = f["answers"][filters["item"]]
            hit = score in TOP_BOX[filters["item"]]
            rows.append((month, team, patient, score if metric.endswith("mean") else hit, 1))
    if metric == "feedback-response-rate":
        rows += [(e["scheduled_start"][:7] + "-01", e["team_id"], NOBODY, 0, 1)
                 for e in voice.sent.encounters if e["status"] == "fulfilled"]  # fmt: skip
    kind = {"feedback-item-mean": "continuous", "feedback-response-rate": "rate"}
    return publish(raw_cells(rows), kind.get(metric, "proportion"))


def _matches(cell: dict[str, Any], expected: Expected) -> bool:
    if expected.value is None:
        return bool(cell["suppressed"]) and cell["value"] is None
    close = abs(cell["value"] - expected.value) <= (0.005 + 1e-9 if cell["numerator"] is None
                                                     else 1e-9)  # fmt: skip
    counts = (cell["numerator"], cell["denominator"], cell["n"])
    return close and counts == (expected.numerator, expected.denominator, expected.n)


CASES = [
    *[(m, {"form": "session-feedback", "item": i})
      for m in ("feedback-item-mean", "feedback-item-top-box") for i in ITEMS],
    ("feedback-response-rate", {}),
    *[("feedback-theme-share", {"theme": t}) for t in THEMES],
]  # fmt: skip


@pytest.mark.parametrize(
    ("metric", "filters"), CASES, ids=[f"{m}{sorted(f.values())}" for m, f in CASES]
)
def test_feedback_metrics_equal_a_recomputation(
    voice: Voice, metric: str, filters: dict[str, str]
) -> None:
    expected = _expected(voice, metric, filters)
    published = {}
    for level in ("org", "team"):
        path = f"/v1/metrics/{metric}/values"
        answer = voice.call(
            "GET", "metrics", path, "metrics:read", params={"level": level, **filters}
        )
        for cell in answer["values"]:
            published[(cell["period"], "org" if level == "org" else cell["unit_id"])] = cell
    assert set(published) == set(expected)
    wrong = {k: (published[k], e) for k, e in expected.items() if not _matches(published[k], e)}
    assert wrong == {}
    shown = [k for k, e in expected.items() if e.value is not None]
    assert any(unit == "org" for _, unit in shown)
    if filters.get("theme") in (None, "staff-kindness"):  # the others are too rare per team
        assert any(unit != "org" for _, unit in shown)
    if metric.startswith("feedback-item"):  # the small team hides a larger one with it
        assert any(cell["reason"] == "complementary" for cell in published.values())
    if metric != "feedback-response-rate":  # the small team's feedback is never shown
        assert all(e.value is None for k, e in expected.items() if k[1] == "team-tiny")


def test_the_listings_of_items_and_themes_publish_the_same_cells(voice: Voice) -> None:
    items = voice.call("GET", "metrics", "/v1/feedback-items", "metrics:read",
                       params={"form": "session-feedback", "level": "team"})["items"]  # fmt: skip
    assert sorted(i["item_id"] for i in items) == sorted(ITEMS)
    for item in items:
        expected = _expected(voice, "feedback-item-top-box", {"item": item["item_id"]})
        assert all(_matches(c, expected[(c["period"], c["unit_id"])]) for c in item["top_box"])
    themes = voice.call("GET", "metrics", "/v1/feedback-themes", "metrics:read")["themes"]
    assert [t["theme"] for t in themes] == sorted(THEMES)
    for theme in themes:
        expected = _expected(voice, "feedback-theme-share", {"theme": theme["theme"]})
        assert all(_matches(c, expected[(c["period"], "org")]) for c in theme["values"])


def test_the_org_overview_lists_the_feedback_metrics(voice: Voice) -> None:
    overview = voice.call("GET", "metrics", "/v1/overview", "metrics:read", params={"level": "org"})
    entries = {(i["metric_id"], tuple(sorted(i["filters"].items()))): i for i in overview["items"]}
    for metric, filters in CASES:
        entry = entries[(metric, tuple(sorted(filters.items())))]
        expected = _expected(voice, metric, filters)
        latest = entry["latest"]
        assert latest is not None and _matches(latest, expected[(latest["period"], "org")]), entry


def test_no_canary_leaves_intake(voice: Voice) -> None:
    """The comments stay in intake: not on either feed, in no metrics answer, in no log."""
    assert len(voice.sent.canaries) >= 10
    feeds = [voice.feed(name) for name in ("intake", "measures")]
    assert {"feedback.received", "feedback.themed"} <= {e["type"] for e in feeds[0]}
    reads = [("/v1/feedback-items", {"form": "comment"}), ("/v1/metrics", {}),
             ("/v1/feedback-themes", {"level": "team"}),
             ("/v1/overview", {"level": "team", "unit": "team-north"})]  # fmt: skip
    reads += [(f"/v1/metrics/{metric}/values", {"level": "team", "period": "quarter", **filters})
              for metric, filters in CASES]  # fmt: skip
    for path, params in reads:  # every metrics answer is kept in voice.answers
        voice.call("GET", "metrics", path, "metrics:read", params=params)
    said = json.dumps(feeds) + "".join(voice.answers)
    for canary in voice.sent.canaries:
        assert canary not in said
        for name, service in voice.services.items():
            assert canary not in service.log(), name
    assert "the waiting room was cold" not in said

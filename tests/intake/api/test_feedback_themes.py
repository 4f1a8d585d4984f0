"""The org's feedback themes and tagging: codes checked against the org's list, each change
recorded with who made it, and published as `feedback.themed` (codes only)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from starlette.testclient import TestClient

from services.intake import models
from tests.intake.feed import read_feed
from tests.intake.voice import (
    SESSION,
    app_token,
    encounter,
    feedback_team,
    listed,
    reader,
    submit,
    theme,
)


def _history(client: TestClient, org: str) -> list[tuple[str, list[str], str]]:
    table = models.core_table(models.FeedbackTaggingRow)
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        rows = connection.execute(select(table).where(table.c.org == org).order_by(table.c.id))
        return [(r.feedback_id, r.themes, r.actor) for r in rows]


def _tag(client: TestClient, org: str, feedback_id: str, *codes: str, sub: str = "lead") -> Any:
    return client.put(
        f"/v1/feedback/{feedback_id}/themes",
        json={"themes": list(codes)},
        headers=feedback_team(org, sub=sub),
    )


def test_the_theme_list_is_the_orgs_and_kept_by_the_feedback_team(
    intake_client: TestClient, org: str
) -> None:
    path = "/v1/feedback-themes/staff-kindness"
    sent = {"label": "Kindness of staff", "description": "Warmth, respect."}
    assert intake_client.put(path, json=sent, headers=feedback_team(org)).status_code == 201
    assert intake_client.put(path, json=sent, headers=feedback_team(org)).status_code == 200
    theme(intake_client, org, "access-waiting", active=False)
    for headers in (app_token(org), reader(org)):  # an app or a reader cannot keep the list
        assert intake_client.put(path, json=sent, headers=headers).status_code == 403
    listing = intake_client.get("/v1/feedback-themes", headers=reader(org)).json()
    assert [(t["code"], t["label"], t["active"]) for t in listing] == [
        ("access-waiting", "Access Waiting", False),
        ("staff-kindness", "Kindness of staff", True),
    ]
    bad = intake_client.put("/v1/feedback-themes/Not A Code", json=sent, headers=feedback_team(org))
    assert bad.status_code == 422


def test_tagging_checks_codes_records_who_and_publishes_codes(
    intake_client: TestClient, org: str
) -> None:
    encounter(intake_client, org, "e-1", clinician_id="clin-3", team_id="team-c", site_id="east")
    feedback_id = submit(intake_client, org, "session-feedback", SESSION, encounter_id="e-1")
    theme(intake_client, org, "access-waiting")
    theme(intake_client, org, "staff-kindness")
    unknown = _tag(intake_client, org, feedback_id, "staff-kindness", "parking", "zzz-other")
    assert unknown.status_code == 422
    problems = {(e["pointer"], e["code"]) for e in unknown.json()["errors"]}
    # The set is sorted first: parking, staff-kindness, zzz-other.
    assert problems == {("/body/themes/0", "unknown_theme"), ("/body/themes/2", "unknown_theme")}
    assert "parking" in unknown.json()["detail"] and "zzz-other" in unknown.json()["detail"]

    tagged = _tag(intake_client, org, feedback_id, "staff-kindness", "access-waiting", sub="ana")
    assert tagged.status_code == 200
    assert tagged.json()["themes"] == ["access-waiting", "staff-kindness"]
    again = _tag(intake_client, org, feedback_id, "access-waiting", "staff-kindness", sub="bo")
    assert again.json() == tagged.json()  # the same set: nothing recorded or published
    # A retired theme stays where it is, and cannot be given anew.
    theme(intake_client, org, "access-waiting", active=False)
    kept = _tag(intake_client, org, feedback_id, "access-waiting", sub="cy")
    assert kept.status_code == 200
    other = submit(intake_client, org, "session-feedback", SESSION)
    retired = _tag(intake_client, org, other, "access-waiting")
    assert (retired.status_code, retired.json()["errors"][0]["detail"]) == (
        422,
        "'access-waiting' is retired (see GET /v1/feedback-themes)",
    )
    assert _tag(intake_client, org, "no-such-feedback", "staff-kindness").status_code == 404
    assert _history(intake_client, org) == [
        (feedback_id, ["access-waiting", "staff-kindness"], "ana"),
        (feedback_id, ["access-waiting"], "cy"),
    ]
    themed = [e["data"] for e in read_feed(intake_client, org) if e["type"] == "feedback.themed"]
    assert [d["themes"] for d in themed] == [
        ["access-waiting", "staff-kindness"],
        ["access-waiting"],
    ]
    assert {(d["feedback_id"], d["form_id"]) for d in themed} == {(feedback_id, "session-feedback")}
    assert (themed[0]["clinician_id"], themed[0]["team_id"], themed[0]["site_id"]) == (
        "clin-3",
        "team-c",
        "east",
    )
    (item,) = listed(intake_client, reader(org), clinician_id="clin-3")
    assert item["themes"] == ["access-waiting"]


def test_only_the_feedback_team_tags(intake_client: TestClient, org: str) -> None:
    feedback_id = submit(intake_client, org, "session-feedback", SESSION)
    theme(intake_client, org, "staff-kindness")
    for headers in (app_token(org), reader(org)):
        answer = intake_client.put(
            f"/v1/feedback/{feedback_id}/themes", json={"themes": []}, headers=headers
        )
        assert answer.json()["missing_scopes"] == ["intake:feedback-review"]
    assert _history(intake_client, org) == []

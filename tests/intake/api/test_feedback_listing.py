"""Staff listing feedback: each filter, keyset pages that lose and repeat nothing, bad cursors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from starlette.testclient import TestClient

from services.intake import models
from tests.intake.voice import COMMENT, SESSION, app_token, encounter, listed, reader, submit


def _seed(client: TestClient, org: str) -> dict[str, str]:
    encounter(client, org, "e-1", clinician_id="clin-1", team_id="team-a", site_id="north")
    encounter(client, org, "e-2", clinician_id="clin-2", team_id="team-b", site_id="south")
    return {
        "scores-1": submit(client, org, "session-feedback", SESSION, encounter_id="e-1"),
        "comment-1": submit(client, org, "comment", {"comment": COMMENT}, encounter_id="e-1"),
        "scores-2": submit(client, org, "session-feedback", SESSION, encounter_id="e-2"),
        "comment-none": submit(client, org, "comment", {"comment": "ok", "one-improvement": "x"}),
    }


def test_each_filter_narrows_the_list(intake_client: TestClient, org: str) -> None:
    ids = _seed(intake_client, org)
    # One submission received ten days ago, to split the list by date.
    old = datetime.now(UTC) - timedelta(days=10)
    with intake_client.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        table = models.core_table(models.FeedbackRow)
        connection.execute(
            update(table)
            .where(table.c.org == org, table.c.feedback_id == ids["scores-2"])
            .values(received_at=old)
        )
    headers = reader(org)

    def names(**params: object) -> set[str]:
        found = {item["feedback_id"] for item in listed(intake_client, headers, **params)}
        return {name for name, feedback_id in ids.items() if feedback_id in found}

    assert names() == set(ids)
    assert names(clinician_id="clin-1") == {"scores-1", "comment-1"}
    assert names(team_id="team-b") == {"scores-2"}
    assert names(site_id="north") == {"scores-1", "comment-1"}
    assert names(form_id="comment") == {"comment-1", "comment-none"}
    assert names(has_comment=True) == {"comment-1", "comment-none"}
    assert names(has_comment=False) == {"scores-1", "scores-2"}
    assert names(form_id="session-feedback", site_id="south") == {"scores-2"}
    # Bounds in another zone are compared in UTC: from is inclusive, to exclusive.
    split = (old + timedelta(days=5)).astimezone(UTC).replace(tzinfo=None).isoformat() + "+02:00"
    assert names(received_to=split) == {"scores-2"}
    assert names(received_from=split) == {"scores-1", "comment-1", "comment-none"}
    assert names(received_from=old.isoformat()) == set(ids)
    assert names(received_from=(old + timedelta(microseconds=1)).isoformat()) == set(ids) - {
        "scores-2"
    }
    # What staff see of a listed submission: where it was given, and its scores.
    (item,) = listed(intake_client, headers, team_id="team-b")
    assert (item["clinician_id"], item["team_id"], item["site_id"]) == ("clin-2", "team-b", "south")
    assert item["answers"] == SESSION and item["scores"]["top_box_count"] == 2
    assert item["themes"] == [] and item["has_comment"] is False


def test_pages_lose_and_repeat_nothing(intake_client: TestClient, org: str) -> None:
    # A batch is stored with one received time: ties that only the id can break.
    batch = [
        {"form_id": "session-feedback", "answers": SESSION, "submission_id": f"s-{n}"}
        for n in range(23)
    ]
    answer = intake_client.post("/v1/feedback:batch", json=batch, headers=app_token(org))
    assert answer.json()["accepted"] == 23
    singles = [submit(intake_client, org, "comment", {"comment": f"c {n}"}) for n in range(4)]
    whole = listed(intake_client, reader(org), limit=1000)
    assert len(whole) == 27
    paged = listed(intake_client, reader(org), limit=5)
    assert [i["feedback_id"] for i in paged] == [i["feedback_id"] for i in whole]
    keys = [(i["received_at"], i["feedback_id"]) for i in paged]
    assert keys == sorted(keys, reverse=True)
    assert {i["feedback_id"] for i in paged[:4]} == set(singles)  # newest first
    commented = listed(intake_client, reader(org), limit=3, has_comment=True)
    assert [i["feedback_id"] for i in commented] == [i["feedback_id"] for i in paged[:4]]


def test_a_cursor_that_is_not_ours_is_a_400(intake_client: TestClient, org: str) -> None:
    for cursor in ("not-base64!", "WzFd", "WyJ4IiwieSJd", "WyIyMDI1LTAxLTAxIiwieCJd"):
        answer = intake_client.get("/v1/feedback", params={"cursor": cursor}, headers=reader(org))
        assert answer.status_code == 400, cursor

"""Team establishments over HTTP: a row per day (history kept), corrections in place, the row
in force on a day, the feed carrying each stored row, 422s naming the field, and the scopes."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from shared.events import EstablishmentUpserted
from tests.intake.feed import read_feed
from tests.intake.workforce import establishment
from tests.support.tokens import bearer

KEEPER = "intake:workforce"


def put(client: TestClient, org: str, team_id: str, sent: dict[str, Any]) -> Any:
    return client.put(f"/v1/establishments/{team_id}", json=sent, headers=bearer(org, KEEPER))


def test_history_corrections_and_the_feed(intake_client: TestClient, org: str) -> None:
    assert put(intake_client, org, "team-a", establishment()).status_code == 201
    later = establishment(effective_from="2025-10-01", funded_fte=8)
    assert put(intake_client, org, "team-a", later).status_code == 201
    fixed = put(intake_client, org, "team-a", establishment(funded_fte=7.0))
    assert (fixed.status_code, fixed.json()["funded_fte"]) == (200, 7.0)
    again = put(intake_client, org, "team-a", establishment(funded_fte=7.0))
    assert (again.status_code, again.json()) == (200, fixed.json())
    history = intake_client.get("/v1/establishments/team-a", headers=bearer(org, "intake:read"))
    assert [(r["effective_from"], r["funded_fte"]) for r in history.json()] == [
        ("2025-04-01", 7.0),
        ("2025-10-01", 8.0),
    ]
    published = [
        EstablishmentUpserted.model_validate(e["data"])
        for e in read_feed(intake_client, org)
        if e["type"] == "establishment.upserted"
    ]
    assert [(e.effective_from.isoformat(), e.funded_fte) for e in published] == [
        ("2025-04-01", 6.5),
        ("2025-10-01", 8.0),
        ("2025-04-01", 7.0),
    ]
    assert published[-1].model_dump(mode="json") == {
        k: v for k, v in history.json()[0].items() if k != "updated_at"
    }


def test_the_rows_in_force_on_a_day_and_paging(intake_client: TestClient, org: str) -> None:
    for team, day, fte in [
        ("team-a", "2024-04-01", 5),
        ("team-a", "2025-04-01", 6),
        ("team-b", "2025-01-01", 3),
        ("team-c", "2025-09-01", 4),
    ]:
        sent = establishment(effective_from=day, funded_fte=fte, site_id="north")
        assert put(intake_client, org, team, sent).status_code == 201
    reader = bearer(org, "intake:read")

    def rows(**params: Any) -> list[tuple[str, str]]:
        answer = intake_client.get("/v1/establishments", params=params, headers=reader)
        assert answer.status_code == 200, answer.text
        return [(r["team_id"], r["effective_from"]) for r in answer.json()["items"]]

    assert rows(in_force_on="2025-06-30") == [("team-a", "2025-04-01"), ("team-b", "2025-01-01")]
    assert rows(in_force_on="2024-12-31") == [("team-a", "2024-04-01")]
    assert rows(team_id="team-a") == [("team-a", "2024-04-01"), ("team-a", "2025-04-01")]
    assert rows(site_id="south") == []
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = intake_client.get("/v1/establishments", params=params, headers=reader).json()
        seen += [(r["team_id"], r["effective_from"]) for r in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == rows()
    assert len(seen) == 4
    bad = intake_client.get("/v1/establishments", params={"cursor": "WzEsMl0"}, headers=reader)
    assert bad.status_code == 400
    absent = intake_client.get("/v1/establishments/team-z", headers=reader)
    assert absent.status_code == 404


@pytest.mark.parametrize(
    ("sent", "pointer"),
    [
        (establishment(funded_fte=-1), "/body/funded_fte"),
        (establishment(funded_fte=1001), "/body/funded_fte"),
        (establishment(funded_fte="6.5"), "/body/funded_fte"),
        (establishment(effective_from="1999-12-31"), "/body/effective_from"),
        (establishment(effective_from="2025-04-01T00:00:00Z"), "/body/effective_from"),
        ({"funded_fte": 6}, "/body/effective_from"),
        (establishment(vacancies=2), "/body/vacancies"),
    ],
)
def test_a_bad_body_is_a_422_naming_the_field(
    intake_client: TestClient, org: str, sent: dict[str, Any], pointer: str
) -> None:
    answer = put(intake_client, org, "team-a", sent)
    assert answer.status_code == 422, answer.text
    assert pointer in [e["pointer"] for e in answer.json()["errors"]]


def test_writes_need_the_workforce_scope(intake_client: TestClient, org: str) -> None:
    refused = intake_client.put(
        "/v1/establishments/team-a", json=establishment(), headers=bearer(org, "intake:write")
    )
    assert (refused.status_code, refused.json()["missing_scopes"]) == (403, [KEEPER])

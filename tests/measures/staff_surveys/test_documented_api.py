"""What the OpenAPI document shows of staff surveys holds: each operation has a summary, its
request examples are accepted as they stand, each success answer has an example its own model
accepts; and the campaign list pages with a cursor like measures' other lists."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from starlette.testclient import TestClient

from services.measures.schemas.staff_surveys import (
    StaffSurveyOut,
    StaffSurveyResponseAck,
    TokensOut,
)
from tests.measures.staff_surveys._support import ADMIN, TODAY, campaign, enable, mint
from tests.support.tokens import bearer

OPERATIONS: dict[tuple[str, str], type[BaseModel]] = {
    ("post", "/v1/staff-surveys"): StaffSurveyOut,
    ("get", "/v1/staff-surveys/{campaign_id}"): StaffSurveyOut,
    ("post", "/v1/staff-surveys/{campaign_id}/close"): StaffSurveyOut,
    ("post", "/v1/staff-surveys/{campaign_id}/teams/{team_id}/tokens"): TokensOut,
    ("post", "/v1/staff-survey-responses"): StaffSurveyResponseAck,
}


def _schema(document: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in ref:
        return ref
    return document["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]


def _success(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    responses = document["paths"][path][method]["responses"]
    [status] = [s for s in responses if s in ("200", "201")][:1]
    return _schema(document, responses[status]["content"]["application/json"]["schema"])


def test_every_operation_has_a_summary_and_answer_examples_its_model_accepts(
    measures_client: TestClient,
) -> None:
    document = measures_client.get("/openapi.json").json()
    paths = {p: ops for p, ops in document["paths"].items() if "staff-survey" in p}
    assert {(m, p) for p, ops in paths.items() for m in ops} == {
        *OPERATIONS,
        ("get", "/v1/staff-surveys"),
    }
    for (method, path), model in OPERATIONS.items():
        assert document["paths"][path][method]["summary"], path
        (example,) = _success(document, method, path)["examples"]
        model.model_validate(example)
    listed = _success(document, "get", "/v1/staff-surveys")
    assert set(listed["properties"]) == {"items", "next_cursor"}
    (item_example,) = _schema(document, listed["properties"]["items"]["items"])["examples"]
    StaffSurveyOut.model_validate(item_example)


def test_the_documented_campaign_and_answer_are_accepted(
    measures_client: TestClient, org: str
) -> None:
    document = measures_client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    (body,) = schemas["StaffSurveyIn"]["examples"]
    enable(measures_client, org, "miniz2", "psysafety7")
    days = {"opens_on": str(TODAY), "closes_on": str(TODAY)}  # the example's days have passed
    created = measures_client.post(
        "/v1/staff-surveys", json={**body, **days}, headers=bearer(org, scope=ADMIN)
    )
    assert created.status_code == 201, created.text
    (count,) = schemas["TokensIn"]["examples"]
    minted = mint(measures_client, org, created.json()["campaign_id"], "t-north", **count)
    assert minted.status_code == 201, minted.text
    (answer,) = schemas["StaffSurveyResponseIn"]["examples"]
    token = minted.json()["tokens"][0]
    answered = measures_client.post("/v1/staff-survey-responses", json={**answer, "token": token})
    assert answered.status_code == 201, answered.text


def test_campaigns_are_listed_latest_first_page_by_page(
    measures_client: TestClient, org: str
) -> None:
    made = [campaign(measures_client, org, opens_in=n)["campaign_id"] for n in (0, 2, 2, 1, 3)]
    pages, cursor = [], None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = measures_client.get(
            "/v1/staff-surveys", params=params, headers=bearer(org, scope=ADMIN)
        )
        assert page.status_code == 200, page.text
        pages.append(page.json()["items"])
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
    assert [len(p) for p in pages] == [2, 2, 1]
    listed = [(c["opens_on"], c["campaign_id"]) for p in pages for c in p]
    assert listed == sorted(listed, reverse=True)
    assert sorted(c for _, c in listed) == sorted(made)
    bad = measures_client.get(
        "/v1/staff-surveys", params={"cursor": "bm90LWEta2V5"}, headers=bearer(org, scope=ADMIN)
    )
    assert bad.status_code == 400 and bad.headers["content-type"].startswith(
        "application/problem+json"
    )

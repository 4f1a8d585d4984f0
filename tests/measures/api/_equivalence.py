"""Send assessments as one batch or one by one, and capture everything either way left behind.

What is compared: each item's answer, the stored assessments, alerts (and the order
``GET /v1/alerts`` lists them in), webhook deliveries, and the feed. Values that are random or
clock-made by nature (generated assessment ids, alert ids, delivery ids, event ids, times of
writing) are replaced by stable labels: a generated assessment id by the position of the item
that made it, an alert id by its assessment's label and rule.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from starlette.testclient import TestClient

from services.measures import models
from services.measures.models import AlertRow, AssessmentRow, WebhookDeliveryRow, WebhookRow
from tests.support.tokens import bearer

CLOCK_MADE = {"raised_at", "created_at", "next_attempt_at", "timestamp", "time", "id"}


def send_batch(client: TestClient, org: str, items: list[Any]) -> list[tuple[int, Any]]:
    response = client.post("/v1/assessments:batch", json={"items": items}, headers=bearer(org))
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["index"] for r in results] == list(range(len(items)))
    return [
        (r["status"], r["assessment"] if r["status"] < 400 else _problem(r["problem"]))
        for r in results
    ]


def send_one_by_one(client: TestClient, org: str, items: list[Any]) -> list[tuple[int, Any]]:
    answers = []
    for item in items:
        response = client.post("/v1/assessments", json=item, headers=bearer(org))
        body = response.json()
        answers.append(
            (response.status_code, body if response.status_code < 400 else _problem(body))
        )
    return answers


def _problem(problem: dict[str, Any]) -> dict[str, Any]:
    # A batch answers a refused item with title, status and detail (validation errors list
    # pointers under the batch body, so they are left out).
    if problem["status"] == 422 and "errors" in problem and "patient_id" not in str(problem):
        return {"status": 422, "title": problem["title"]}
    return {k: problem.get(k) for k in ("title", "status", "detail")}


def capture(
    client: TestClient, org: str, items: list[Any], answers: list[tuple[int, Any]]
) -> dict[str, Any]:
    """Everything the org's items left behind, with random and clock-made values labelled."""
    labels: dict[str, str] = {}
    for index, (item, (status, body)) in enumerate(zip(items, answers, strict=True)):
        if status < 400 and not (isinstance(item, dict) and item.get("assessment_id")):
            labels[body["assessment_id"]] = f"item-{index}"
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:

        def rows(model: Any) -> list[dict[str, Any]]:
            table = model.__table__
            query = select(table).where(table.c.org == org)
            return [dict(r) for r in connection.execute(query).mappings()]

        # The outbox in feed order, read directly: GET /v1/feed also waits for every older
        # transaction on the server to finish, and other databases' work can hold it back.
        table = models.feed_events
        feed = connection.execute(
            select(table.c.type, table.c.subject, table.c.data)
            .where(table.c.org == org)
            .order_by(table.c.txid, table.c.id)
        ).all()
        assessments = rows(AssessmentRow)
        alerts = rows(AlertRow)
        deliveries = rows(WebhookDeliveryRow)
        hooks = rows(WebhookRow)
    for alert in alerts:
        assessment = labels.get(alert["assessment_id"], alert["assessment_id"])
        labels[alert["alert_id"]] = f"{assessment}/{alert['rule_id']}"
    for hook in hooks:
        labels[hook["webhook_id"]] = f"hook:{hook['url']}"

    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if k not in CLOCK_MADE | {"org"}}
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, str):
            if value.startswith("assessments/") or value.startswith("alerts/"):
                kind, _, key = value.partition("/")
                return f"{kind}/{labels.get(key, key)}"
            return labels.get(value, value)
        return value

    for delivery in deliveries:
        delivery["payload"] = json.loads(delivery["payload"])
        delivery.pop("delivery_id")
    listed = client.get("/v1/alerts", params={"status": "all"}, headers=bearer(org)).json()["items"]
    return {
        "answers": [(status, clean(body)) for status, body in answers],
        "assessments": sorted(clean(assessments), key=lambda r: r["assessment_id"]),
        "alerts": sorted(clean(alerts), key=lambda r: r["alert_id"]),
        "alerts_listed": [clean(a["alert_id"]) for a in listed],
        "deliveries": sorted(clean(deliveries), key=lambda r: json.dumps(r, sort_keys=True)),
        "feed": [(kind, clean(subject), clean(json.loads(data))) for kind, subject, data in feed],
    }

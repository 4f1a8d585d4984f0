"""The issue's "Done when": no stored or served value links an answer to a person.

One campaign, several respondents, over HTTP on a database of its own (so every row of every
table is this test's). The schema is reflected, not listed: a table or column added later is
inspected too. Stored: no clear token anywhere, a token's hash and spent digest only in their
own columns, nothing the answering phase wrote carries a time, a counter or a time-based id,
and a response row shares nothing with any token row but the org, campaign and team. Served:
campaign reads do not change when answers arrive, acknowledgements carry no handle, the feed
events and the service's logs carry no token material nor the respondent's identity. After
close the responses are gone and the digests cleared.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, select
from starlette.testclient import TestClient

from services.measures.staff_surveys.tokens import token_hash
from tests.intake.feed import read_feed
from tests.measures.staff_surveys._support import ADMIN, answer, campaign, close, mint
from tests.support.tokens import bearer

Row = dict[str, Any]
Snapshot = dict[str, list[Row]]
RESPONDENT = "staff-member-17"  # the sub of a bearer token a respondent's browser sends along
SHARED_BY_DESIGN = {"org", "campaign_id", "team_id"}


def _snapshot(engine: Engine) -> Snapshot:
    """Every row of every table, as reflected now."""
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        return {
            name: [dict(r._mapping) for r in connection.execute(select(table))]
            for name, table in metadata.tables.items()
        }


def _text(value: Any) -> str:
    if isinstance(value, bytes | memoryview):
        return bytes(value).decode("latin-1")
    if isinstance(value, dict | list):
        return json.dumps(value, default=str)
    return str(value)


def _written(before: Snapshot, after: Snapshot) -> dict[str, list[Row]]:
    """The rows new or changed between two snapshots, per table."""
    written = {}
    for name, rows in after.items():
        old = [_text(sorted(r.items(), key=lambda kv: kv[0])) for r in before.get(name, [])]
        new = [r for r in rows if _text(sorted(r.items(), key=lambda kv: kv[0])) not in old]
        if new:
            written[name] = new
    return written


def _assert_untimed(table: str, row: Row, opens_on: date, closes_on: date) -> None:
    """No time, no counter, no time-based id in a row the answering phase wrote."""
    for column, value in row.items():
        where = f"{table}.{column}={value!r}"
        assert not isinstance(value, datetime | time), f"a time is stored with an answer: {where}"
        if isinstance(value, date):
            assert opens_on <= value <= closes_on, f"a day outside the campaign's: {where}"
        assert isinstance(value, str | dict | list | bool) or value is None, (
            f"a number could order answers against spent tokens: {where}"
        )
        if isinstance(value, str):
            try:
                parsed = uuid.UUID(value)
            except ValueError:
                continue
            assert parsed.version == 4, f"a time-based id: {where}"


def _assert_absent(where: str, text: str, secrets: dict[str, set[str]]) -> None:
    for kind, values in secrets.items():
        for value in values:
            assert value not in text, f"{where} holds a {kind}"


def _stored_secrets(
    snapshot: Snapshot, allowed: dict[str, str], secrets: dict[str, set[str]]
) -> None:
    """Each secret kind may appear only in the column ``allowed`` names for it."""
    for table, rows in snapshot.items():
        for row in rows:
            for column, value in row.items():
                kinds = {k: v for k, v in secrets.items() if allowed.get(k) != f"{table}.{column}"}
                _assert_absent(f"{table}.{column}", _text(value), kinds)


def test_no_stored_or_served_value_links_an_answer_to_a_person(
    fresh_client: TestClient, org: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = fresh_client
    engine: Engine = client.app.state.engine  # type: ignore[attr-defined]
    key: bytes = client.app.state.settings.survey_token_key  # type: ignore[attr-defined]
    created = campaign(client, org)
    campaign_id = created["campaign_id"]
    opens_on, closes_on = (
        date.fromisoformat(created["opens_on"]),
        date.fromisoformat(created["closes_on"]),
    )
    minted = {team: mint(client, org, campaign_id, team) for team in ("t-north", "t-south")}
    served_tokens = [_text(m.json()) for m in minted.values()]
    tokens = [t for m in minted.values() for t in m.json()["tokens"]]
    hashes = {token_hash(key, t) for t in tokens}
    read = client.get(f"/v1/staff-surveys/{campaign_id}", headers=bearer(org, scope=ADMIN))
    listed = client.get("/v1/staff-surveys", headers=bearer(org, scope=ADMIN))
    before = _snapshot(engine)

    respondent = {**bearer(org, sub=RESPONDENT), "Idempotency-Key": "respondent-key-1"}
    acks = []
    for n, token in enumerate(tokens[:4]):
        body = {"intent_leave1": {"intent_leave1_1": 1 + n}}
        acks.append(answer(client, token, headers=respondent, answers=body, role="nurse"))
    acks.append(answer(client, tokens[4], answers={"miniz2": {"miniz2_1": 3}}))
    assert [a.status_code for a in acks] == [201] * 5, [a.text for a in acks]
    during = _snapshot(engine)

    digests = {r["spent_digest"] for r in during["staff_survey_tokens"] if r["spent_digest"]}
    assert len(digests) == 5
    responses = during["staff_survey_responses"]
    assert len(responses) == 5
    response_ids = {r["response_id"] for r in responses}
    secrets = {
        "clear token": set(tokens),
        "token hash": hashes,
        "spent digest": digests,
        "respondent's id": {RESPONDENT},
        "respondent's idempotency key": {"respondent-key-1"},
    }
    allowed = {
        "token hash": "staff_survey_tokens.token_hash",
        "spent digest": "staff_survey_tokens.spent_digest",
    }
    _stored_secrets(during, allowed, secrets)

    written = _written(before, during)
    assert set(written) == {"staff_survey_responses", "staff_survey_tokens"}, set(written)
    for table, rows in written.items():
        for row in rows:
            _assert_untimed(table, row, opens_on, closes_on)
    for response in written["staff_survey_responses"]:
        for spent in written["staff_survey_tokens"]:
            spent_values = {_text(v) for v in spent.values() if v is not None}
            common = {c for c, v in response.items() if v is not None and _text(v) in spent_values}
            common |= {c for c in response if c not in SHARED_BY_DESIGN and c in spent}
            assert common <= SHARED_BY_DESIGN, f"a response and a spent token share {common}"

    for ack in acks:
        assert set(ack.json()) == {"accepted", "replayed", "closes_on"}
        _assert_absent("an acknowledgement", _text(dict(ack.headers)) + ack.text, secrets)
        _assert_absent("an acknowledgement", _text(dict(ack.headers)), {"id": response_ids})
    reread = client.get(f"/v1/staff-surveys/{campaign_id}", headers=bearer(org, scope=ADMIN))
    relisted = client.get("/v1/staff-surveys", headers=bearer(org, scope=ADMIN))
    assert reread.json() == read.json() and relisted.json() == listed.json()
    for served in served_tokens:
        _assert_absent("minted tokens", served, {"token hash": hashes})

    closed = close(client, org, campaign_id)
    assert closed.status_code == 200, closed.text
    after = _snapshot(engine)
    assert [r for r in after["staff_survey_responses"] if r["campaign_id"] == campaign_id] == []
    assert all(r["spent_digest"] is None for r in after["staff_survey_tokens"])
    _stored_secrets(after, allowed, {**secrets, "response id": response_ids})

    events = [e for e in read_feed(client, org) if e["type"] == "staff-survey.closed"]
    assert sum(len(e["data"]["responses"]) for e in events) == 5
    for event in events:
        for published in event["data"]["responses"]:
            assert set(published) == {"role", "answers", "scores", "flags"}
    served = _text(events) + closed.text + reread.text
    _assert_absent("a served value", served, {**secrets, "response id": response_ids})
    logged = "\n".join(f"{r.getMessage()} {_text(vars(r))}" for r in caplog.records)
    _assert_absent("the service's logs", logged, {**secrets, "response id": response_ids})

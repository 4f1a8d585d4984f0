"""Observation search: `date` with FHIR prefixes, `_count`, and `next` links that walk every
matching Observation exactly once (nothing stops silently at a fixed number any more)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from fhir.resources.R4B.bundle import Bundle
from starlette.testclient import TestClient

from tests.measures.api._helpers import phq9
from tests.support.fhir_outcome import outcome_pointers, outcome_slug
from tests.support.tokens import bearer

PER_PHQ9 = 11  # the panel, 9 items and the total


def _send(client: TestClient, org: str, items: list[dict[str, Any]]) -> None:
    response = client.post("/v1/assessments:batch", json={"items": items}, headers=bearer(org))
    assert response.status_code == 200, response.text
    assert {r["status"] for r in response.json()["results"]} == {201}


def _phq9(patient: str, when: str, assessment_id: str) -> dict[str, Any]:
    return {
        "assessment_id": assessment_id,
        "patient_id": patient,
        "instrument_id": "phq9",
        "completed_at": when,
        "answers": phq9([1, 1, 2, 1, 0, 1, 2, 1, 0]),
    }


def _page(client: TestClient, org: str, url: str, **params: Any) -> dict[str, Any]:
    response = client.get(url, params=params or None, headers=bearer(org))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/fhir+json"
    Bundle.model_validate(response.json())
    return response.json()


def _next(bundle: dict[str, Any]) -> str | None:
    links = [link["url"] for link in bundle["link"] if link["relation"] == "next"]
    if not links:
        return None
    parts = urlsplit(links[0])
    return f"{parts.path}?{parts.query}"


def _walk(client: TestClient, org: str, **params: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """Every page of a search, following `next`; the Observation ids in order, and the pages."""
    pages = [_page(client, org, "/fhir/Observation", **params)]
    while (url := _next(pages[-1])) is not None:
        pages.append(_page(client, org, url))
    return [e["resource"]["id"] for p in pages for e in p.get("entry", [])], pages


def test_walking_the_next_links_returns_every_observation_once(
    measures_client: TestClient, org: str
) -> None:
    # Two on the same instant: the keyset breaks the tie by assessment id.
    days = ["2026-01-05", "2026-01-05", "2026-01-12", "2026-01-19", "2026-02-02"]
    _send(
        measures_client,
        org,
        [_phq9("p-walk", f"{d}T10:00:00Z", f"a-{n}") for n, d in enumerate(days)],
    )
    everything, (one,) = _walk(measures_client, org, patient="p-walk", _count=500)
    assert len(everything) == len(set(everything)) == len(days) * PER_PHQ9
    assert one["total"] == len(everything)
    for count in (1, 7, PER_PHQ9, 12):
        ids, pages = _walk(measures_client, org, patient="p-walk", _count=count)
        assert ids == everything, count
        assert all(len(p["entry"]) == count for p in pages[:-1])
        assert 1 <= len(pages[-1]["entry"]) <= count
        assert all("total" not in p for p in pages)  # not one page: not counted
    assert (
        measures_client.get(
            "/fhir/Observation", params={"patient": "p-walk"}, headers=bearer(f"{org}-other")
        ).json()["entry"]
        == []
    )


def test_an_assessment_stored_mid_walk_is_met_once(measures_client: TestClient, org: str) -> None:
    _send(
        measures_client, org, [_phq9("p-mid", f"2026-01-0{d}T10:00:00Z", f"m-{d}") for d in (1, 2)]
    )
    first = _page(measures_client, org, "/fhir/Observation", patient="p-mid", _count=PER_PHQ9)
    _send(measures_client, org, [_phq9("p-mid", "2026-01-03T10:00:00Z", "m-3")])
    ids = [e["resource"]["id"] for e in first["entry"]]
    url = _next(first)
    while url is not None:
        page = _page(measures_client, org, url)
        ids += [e["resource"]["id"] for e in page["entry"]]
        url = _next(page)
    assert len(ids) == len(set(ids)) == 3 * PER_PHQ9


def test_more_than_a_page_is_never_cut_silently(measures_client: TestClient, org: str) -> None:
    items = [_phq9("p-many", f"2026-03-{d:02d}T08:00:00Z", f"n-{d}") for d in range(1, 31)]
    items += [_phq9("p-many", f"2026-04-{d:02d}T08:00:00Z", f"o-{d}") for d in range(1, 21)]
    _send(measures_client, org, items)
    ids, pages = _walk(measures_client, org, patient="Patient/p-many", _count=500)
    assert len(pages) == 2 and len(pages[0]["entry"]) == 500
    assert len(ids) == len(set(ids)) == 50 * PER_PHQ9
    default = _page(measures_client, org, "/fhir/Observation", patient="p-many")
    assert len(default["entry"]) == 100 and _next(default) is not None


def test_date_prefixes_select_by_completion_time(measures_client: TestClient, org: str) -> None:
    days = ["2025-12-31T23:59:59Z", "2026-01-01T00:00:00Z", "2026-01-31T23:59:59Z", "2026-02-01"]
    _send(
        measures_client,
        org,
        [
            _phq9("p-date", d if "T" in d else d + "T00:00:00Z", f"d-{n}")
            for n, d in enumerate(days)
        ],
    )

    def totals(*dates: str) -> list[str]:
        bundle = _page(
            measures_client,
            org,
            "/fhir/Observation",
            patient="p-date",
            code="http://loinc.org|44261-6",
            date=list(dates),
        )
        return [e["resource"]["effectiveDateTime"][:10] for e in bundle["entry"]]

    assert totals("2026-01") == ["2026-01-01", "2026-01-31"]
    assert totals("ge2026-01-01", "lt2026-02-01") == ["2026-01-01", "2026-01-31"]
    assert totals("gt2026-01-01") == ["2026-01-31", "2026-02-01"]
    assert totals("le2026-01-01") == ["2025-12-31", "2026-01-01"]
    assert totals("lt2026-01-01") == ["2025-12-31"]
    assert totals("ne2026-01") == ["2025-12-31", "2026-02-01"]
    assert totals("ge2026-01-31T23:59:59Z") == ["2026-01-31", "2026-02-01"]
    assert totals("2026-01-01T01:00:00+02:00") == []  # 23:00 on Dec 31, UTC: nothing then
    # The dates survive into the next link.
    paged = _page(measures_client, org, "/fhir/Observation", patient="p-date",
                  date=["ge2026-01-01"], _count=1)  # fmt: skip
    assert "date=ge2026-01-01" in _next(paged)  # type: ignore[operator]


def test_a_cursor_only_pages_the_search_it_came_from(measures_client: TestClient, org: str) -> None:
    _send(measures_client, org, [_phq9("p-cur", "2026-01-05T10:00:00Z", "c-1")])
    first = _page(measures_client, org, "/fhir/Observation", patient="p-cur", _count=2)
    url = _next(first)
    assert url is not None
    other = measures_client.get(url.replace("p-cur", "p-else"), headers=bearer(org))
    assert other.status_code == 400
    assert outcome_slug(other) == "invalid-search"
    assert outcome_pointers(other) == ["/query/_cursor"]
    forged = measures_client.get(
        "/fhir/Observation", params={"patient": "p-cur", "_cursor": "bm90LWEtY3Vyc29y"},
        headers=bearer(org),
    )  # fmt: skip
    assert (forged.status_code, outcome_pointers(forged)) == (400, ["/query/_cursor"])


def test_a_code_keeps_its_instruments_observations_only(
    measures_client: TestClient, org: str
) -> None:
    gad7 = {
        "assessment_id": "g-1",
        "patient_id": "p-code",
        "instrument_id": "gad7",
        "completed_at": "2026-01-06T10:00:00Z",
        "answers": {f"gad7_{n}": 1 for n in range(1, 8)},
    }
    _send(measures_client, org, [_phq9("p-code", "2026-01-05T10:00:00Z", "q-1"), gad7])

    def codes(code: str) -> list[str]:
        bundle = _page(measures_client, org, "/fhir/Observation", patient="p-code", code=code)
        return [e["resource"]["code"]["coding"][0]["code"] for e in bundle["entry"]]

    assert codes("70274-6") == ["70274-6"]  # the GAD-7 total
    assert codes("http://loinc.org|44261-6") == ["44261-6"]  # the PHQ-9 total
    assert codes("69737-5") == ["69737-5"]  # the GAD-7 panel
    assert codes("no-such-code") == []

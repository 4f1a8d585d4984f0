"""FHIR date search values: a value stands for the range its precision covers, and each prefix
compares an instant with that range as FHIR R4 defines it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Column, DateTime, MetaData, Table, create_engine, insert, select

from services.measures.errors import InvalidSearchError
from services.measures.fhir.date_search import parse_date

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2026", utc(2026, 1, 1), utc(2027, 1, 1)),
        ("2026-12", utc(2026, 12, 1), utc(2027, 1, 1)),
        ("2026-02-28", utc(2026, 2, 28), utc(2026, 3, 1)),
        ("2026-01-15T10:30", utc(2026, 1, 15, 10, 30), utc(2026, 1, 15, 10, 31)),
        ("2026-01-15T10:30:05Z", utc(2026, 1, 15, 10, 30, 5), utc(2026, 1, 15, 10, 30, 6)),
        ("2026-01-15T10:30:05+02:00", utc(2026, 1, 15, 8, 30, 5), utc(2026, 1, 15, 8, 30, 6)),
        (
            "2026-01-15T10:30:05.25Z",
            utc(2026, 1, 15, 10, 30, 5, 250000),
            utc(2026, 1, 15, 10, 30, 5, 260000),
        ),
    ],
)
def test_a_value_stands_for_its_whole_precision(value: str, start: datetime, end: datetime) -> None:
    condition = parse_date(value)
    assert (condition.prefix, condition.start, condition.end) == ("eq", start, end)


@pytest.mark.parametrize(
    "value", ["xx2026", "ap2026-01-01", "2026-13", "2026-02-30", "26-01-01", "2026-01-01T25:00", ""]
)
def test_a_value_that_cannot_be_read_is_refused(value: str) -> None:
    with pytest.raises(InvalidSearchError) as refused:
        parse_date(value)
    assert refused.value.status == 400
    assert refused.value.field_errors("/body")[0]["pointer"] == "/query/date"


# Completion instants around January 2026 and which of them each search keeps.
TIMES = {
    "dec31-late": utc(2025, 12, 31, 23, 59, 59),
    "jan1-start": utc(2026, 1, 1),
    "jan15": utc(2026, 1, 15, 12),
    "jan31-late": utc(2026, 1, 31, 23, 59, 59),
    "feb1-start": utc(2026, 2, 1),
}


@pytest.mark.parametrize(
    ("values", "kept"),
    [
        (["2026-01"], {"jan1-start", "jan15", "jan31-late"}),
        (["eq2026-01"], {"jan1-start", "jan15", "jan31-late"}),
        (["ne2026-01"], {"dec31-late", "feb1-start"}),
        (["ge2026-01-15"], {"jan15", "jan31-late", "feb1-start"}),
        (["gt2026-01-15"], {"jan31-late", "feb1-start"}),
        (["sa2026-01-15"], {"jan31-late", "feb1-start"}),
        (["le2026-01-15"], {"dec31-late", "jan1-start", "jan15"}),
        (["lt2026-01-15"], {"dec31-late", "jan1-start"}),
        (["eb2026-01-15"], {"dec31-late", "jan1-start"}),
        (["ge2026-01-01", "lt2026-02-01"], {"jan1-start", "jan15", "jan31-late"}),
        (["gt2026-01-31T23:59:58Z", "le2026-02"], {"jan31-late", "feb1-start"}),
    ],
)
def test_each_prefix_keeps_what_fhir_says(values: list[str], kept: set[str]) -> None:
    table = Table("t", MetaData(), Column("at", DateTime(timezone=True)))
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(table), [{"at": at} for at in TIMES.values()])
        query = select(table.c.at)
        for value in values:
            query = query.where(parse_date(value).clause(table.c.at))
        found = {row.at.replace(tzinfo=UTC) for row in connection.execute(query)}
    engine.dispose()
    assert found == {TIMES[name] for name in kept}

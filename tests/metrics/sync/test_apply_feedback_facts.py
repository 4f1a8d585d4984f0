"""A submission's answers item by item and its theme set: what the facts keep, that a
correction or a re-tag replaces what came before, and that an older event applied again
(a replayed prefix of the feed) changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy.engine import Engine

from services.metrics.sync.apply.feedback import ITEMS
from services.metrics.sync.apply.themes import TABLE as THEMES
from shared.events import FeedbackReceived, FeedbackThemed
from shared.feed import FeedEvent
from tests.metrics.sync.events import apply, event, rows

PACIFIC = timezone(timedelta(hours=-8))
T0 = datetime(2026, 4, 1, 12, tzinfo=UTC)


def received(**changes: object) -> FeedbackReceived:
    data = FeedbackReceived(
        feedback_id="fb1",
        form_id="session-feedback",
        received_at=datetime(2026, 3, 31, 23, tzinfo=PACIFIC),
        patient_id="pt-1",
        clinician_id="c1",
        team_id="t1",
        site_id="s1",
        modality="video",
        scores={"felt-heard": 5, "overall": 7, "worked-on": 4},
        top_box={"felt-heard": True, "overall": False, "worked-on": False},
        mean=5.33,
    )
    return data.model_copy(update=changes)


def themed(themes: list[str]) -> FeedbackThemed:
    d = received()
    return FeedbackThemed(
        feedback_id=d.feedback_id, form_id=d.form_id, received_at=d.received_at,
        clinician_id=d.clinician_id, team_id=d.team_id, site_id=d.site_id, themes=themes,
    )  # fmt: skip


def items(engine: Engine, org: str) -> dict[str, tuple[float | None, bool | None]]:
    return {r["item_id"]: (r["score"], r["top_box"]) for r in rows(engine, ITEMS, org)}


def tagged(engine: Engine, org: str) -> set[str]:
    return {r["theme"] for r in rows(engine, THEMES, org) if r["theme"]}


def test_items_keep_each_answer_with_the_submission_units(fact_engine: Engine, org: str) -> None:
    apply(fact_engine, event(org, received(), time=T0))
    assert items(fact_engine, org) == {
        "felt-heard": (5.0, True),
        "overall": (7.0, False),
        "worked-on": (4.0, False),
    }
    row = rows(fact_engine, ITEMS, org)[0]
    assert (row["form_id"], row["patient_id"], row["clinician_id"], row["modality"]) == (
        "session-feedback", "pt-1", "c1", "video",
    )  # fmt: skip
    # The producer's local date: 31 March in California is in March and in Q1.
    assert (row["day"], row["month"], row["quarter"]) == (
        date(2026, 3, 31), date(2026, 3, 1), date(2026, 1, 1),
    )  # fmt: skip


def test_a_correction_replaces_the_items_and_an_older_replay_does_not(
    fact_engine: Engine, org: str
) -> None:
    first = event(org, received(), time=T0)
    corrected = event(
        org,
        received(scores={"overall": 9, "new-item": 3}, top_box={"overall": True}),
        time=T0 + timedelta(hours=1),
    )
    apply(fact_engine, first)
    apply(fact_engine, corrected)
    after = {"overall": (9.0, True), "new-item": (3.0, None)}
    assert items(fact_engine, org) == after
    apply(fact_engine, first)  # a replayed prefix
    apply(fact_engine, corrected)  # and the same event twice
    assert items(fact_engine, org) == after


def test_a_re_tag_replaces_the_set_and_a_replayed_older_set_changes_nothing(
    fact_engine: Engine, org: str
) -> None:
    sets = [["waiting", "access"], ["kindness"], [], ["access"]]
    events: list[FeedEvent] = [
        event(org, themed(s), time=T0 + timedelta(days=i)) for i, s in enumerate(sets)
    ]
    apply(fact_engine, events[0])
    assert tagged(fact_engine, org) == {"waiting", "access"}
    apply(fact_engine, events[1])
    assert tagged(fact_engine, org) == {"kindness"}
    apply(fact_engine, events[2])
    assert tagged(fact_engine, org) == set()
    # Older sets again (one page, then each alone): the cleared set stays cleared.
    apply(fact_engine, *events[:2])
    apply(fact_engine, events[0])
    assert tagged(fact_engine, org) == set()
    apply(fact_engine, events[3], events[1])  # one page: the newest event of it wins
    assert tagged(fact_engine, org) == {"access"}
    apply(fact_engine, events[3])
    assert tagged(fact_engine, org) == {"access"}


def test_a_set_applied_alone_holds_its_time_for_a_replay(fact_engine: Engine, org: str) -> None:
    """A page with a submission's first and cleared sets applies the cleared one only; the
    first set replayed alone afterwards must not tag what was never stored."""
    first, cleared = (event(org, themed(s), time=T0 + timedelta(days=i))
                      for i, s in enumerate([["waiting"], []]))  # fmt: skip
    apply(fact_engine, first, cleared)
    apply(fact_engine, first)
    assert tagged(fact_engine, org) == set()

"""The episode lifecycle as a table: every pair of statuses, the codes the feed contract names,
and the closing rules of the schema."""

from __future__ import annotations

import itertools
from typing import get_args

import pytest
from pydantic import ValidationError

from services.intake.episode_lifecycle import (
    ALLOWED_EPISODE_MOVES,
    DischargeReason,
    EpisodeStatus,
    check_episode_transition,
)
from services.intake.errors import EpisodeTransitionNotAllowedError
from services.intake.schemas import EpisodeIn
from shared.events import DischargeReason as PublishedReason
from shared.events import EpisodeStatus as PublishedStatus

pytestmark = pytest.mark.no_database
S = EpisodeStatus


def test_the_codes_are_the_feed_contracts() -> None:
    assert [s.value for s in EpisodeStatus] == list(get_args(PublishedStatus))
    assert [r.value for r in DischargeReason] == list(get_args(PublishedReason))


@pytest.mark.parametrize(("current", "requested"), list(itertools.product(S, S)))
def test_each_move_is_allowed_exactly_when_the_table_says(
    current: EpisodeStatus, requested: EpisodeStatus
) -> None:
    allowed = requested == current or requested in ALLOWED_EPISODE_MOVES[current]
    if allowed:
        check_episode_transition(current, requested)
        return
    with pytest.raises(EpisodeTransitionNotAllowedError) as raised:
        check_episode_transition(current, requested)
    assert raised.value.extensions()["current_status"] == current.value


def test_ends_are_final_but_retractable_and_a_retraction_is_final() -> None:
    for status in S:
        check_episode_transition(None, status)  # a new episode may start anywhere
        if status is not S.ENTERED_IN_ERROR:
            assert S.ENTERED_IN_ERROR in ALLOWED_EPISODE_MOVES[status]
    for end in (S.FINISHED, S.CANCELLED):
        assert ALLOWED_EPISODE_MOVES[end] == {S.ENTERED_IN_ERROR}
    assert ALLOWED_EPISODE_MOVES[S.ENTERED_IN_ERROR] == frozenset()


BASE = {"patient_id": "p-1", "service_line": "adult", "opened_on": "2026-01-05"}
CLOSING = {"closed_on": "2026-03-02", "discharge_reason": "dropped-out"}


@pytest.mark.parametrize("status", list(S))
def test_only_closed_or_retracted_episodes_carry_a_closing(status: EpisodeStatus) -> None:
    may_close = status in (S.FINISHED, S.CANCELLED, S.ENTERED_IN_ERROR)
    if may_close:
        episode = EpisodeIn.model_validate(BASE | CLOSING | {"status": status})
        assert episode.discharge_reason is DischargeReason.DROPPED_OUT
    else:
        with pytest.raises(ValidationError) as raised:
            EpisodeIn.model_validate(BASE | CLOSING | {"status": status})
        assert {e["loc"][0] for e in raised.value.errors()} == {"closed_on", "discharge_reason"}
    # Only a finished episode must say when and why it closed.
    bare = BASE | {"status": status}
    if status is S.FINISHED:
        with pytest.raises(ValidationError):
            EpisodeIn.model_validate(bare)
    else:
        assert EpisodeIn.model_validate(bare).closed_on is None

"""The safety rules as tables: which harm levels fit each kind (AHRQ Common Formats), and the
review lifecycle's moves."""

from __future__ import annotations

import pytest

from services.intake.errors import ReviewNotAllowedError
from services.intake.harm import HARM_LEVELS, KINDS, harm_problem
from services.intake.safety_review import ReviewStatus, allowed_next, check_review

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def test_the_codes_are_the_feed_contracts() -> None:
    assert HARM_LEVELS == ("death", "severe", "moderate", "mild", "none", "unknown")
    assert "near-miss" in KINDS and "death" in KINDS


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("harm", HARM_LEVELS)
def test_harm_fits_kind(kind: str, harm: str) -> None:
    if kind == "near-miss":
        fits = harm in ("none", "unknown")
    elif kind == "death":
        fits = harm == "death"
    else:
        fits = True
    problem = harm_problem(kind, harm)
    assert (problem is None) == fits


R = ReviewStatus
MOVES = {
    R.RECEIVED: {R.REVIEWED, R.ENTERED_IN_ERROR},
    R.REVIEWED: {R.ACTIONED, R.ENTERED_IN_ERROR},
    R.ACTIONED: {R.ENTERED_IN_ERROR},
    R.ENTERED_IN_ERROR: set(),
}


@pytest.mark.parametrize("current", list(ReviewStatus))
@pytest.mark.parametrize("requested", list(ReviewStatus))
def test_review_moves(current: ReviewStatus, requested: ReviewStatus) -> None:
    if requested == current:
        assert check_review(current, requested) is False
    elif requested in MOVES[current]:
        assert check_review(current, requested) is True
    else:
        with pytest.raises(ReviewNotAllowedError) as raised:
            check_review(current, requested)
        assert raised.value.extensions()["allowed_statuses"] == list(allowed_next(current))
        assert set(allowed_next(current)) == MOVES[current]

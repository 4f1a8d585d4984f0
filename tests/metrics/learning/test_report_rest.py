"""The rest of a team beside one clinician is a cell the suppression rules can weigh."""

from __future__ import annotations

from services.metrics.learning.ranges import Pooled
from services.metrics.learning.reports import _rest


def test_the_rest_is_the_whole_minus_the_part() -> None:
    rest = _rest(Pooled("team", 30.0, 40.0, 25, None), Pooled("c1", 10.0, 12.0, 8, None), "rest")
    assert (rest.numerator, rest.denominator, rest.n) == (20.0, 28.0, 17)


def test_a_clinician_seen_with_other_teams_leaves_a_rest_that_is_still_a_cell() -> None:
    """The clinician's sessions with other teams are in the clinician's figures but not in this
    team's: the rest can then not hold more events (kept sessions) than opportunities (sessions),
    which the burst found as a 422 'negative count' on the clinician report."""
    team = Pooled("team", 3.0, 4.0, 4, None)
    clinician = Pooled("c1", 2.0, 5.0, 3, None)
    rest = _rest(team, clinician, "rest")
    assert rest.denominator == 0.0
    assert rest.numerator == 0.0


def test_a_mean_has_no_events_to_bound() -> None:
    rest = _rest(Pooled("team", None, 40.0, 25, None), Pooled("c1", None, 12.0, 8, None), "rest")
    assert (rest.numerator, rest.denominator) == (None, 28.0)

"""The session feedback form's rupture rules, on their own: what fires, what stays silent."""

from __future__ import annotations

import pytest

from services.intake.feedback.rupture import Fired, ruptures
from services.intake.forms import get_form
from services.intake.forms.models import FeedbackForm

pytestmark = pytest.mark.no_database

FORM = get_form("session-feedback")
GOOD = {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9}


def test_the_session_form_carries_its_rule_and_its_sources() -> None:
    rules = FORM.rupture
    assert rules is not None
    assert (rules.items, rules.at_or_below, rules.drop_of) == (
        ("felt-heard", "worked-on-what-mattered"),
        2,
        2,
    )
    cited = " ".join(s.reference for s in rules.sources)
    assert "Duncan" in cited and "Eubanks" in cited and "Safran" in cited


@pytest.mark.parametrize(
    ("answers", "fired"),
    [
        (GOOD, []),
        (GOOD | {"felt-heard": 3}, []),  # just above the threshold
        (
            GOOD | {"felt-heard": 2},
            [Fired("at-or-below-threshold", "felt-heard", 2, threshold=2)],
        ),
        # Two items low: one event, on the lower one.
        (
            GOOD | {"felt-heard": 2, "worked-on-what-mattered": 1},
            [Fired("at-or-below-threshold", "worked-on-what-mattered", 1, threshold=2)],
        ),
        # A low item the rule does not read.
        (GOOD | {"approach-fits": 1}, []),
    ],
)
def test_at_or_below_the_threshold(answers: dict[str, int], fired: list[Fired]) -> None:
    assert ruptures(FORM, answers, None) == fired


def test_a_drop_of_the_forms_size_from_the_previous_submission_fires() -> None:
    previous = {"felt-heard": 5, "worked-on-what-mattered": 5}
    assert ruptures(FORM, GOOD | {"felt-heard": 4}, previous) == []  # a drop of 1
    assert ruptures(FORM, GOOD | {"felt-heard": 3}, previous) == [
        Fired("drop-from-previous", "felt-heard", 3, previous_score=5)
    ]


def test_both_rules_fire_once_each_on_their_worst_item() -> None:
    previous = {"felt-heard": 5, "worked-on-what-mattered": 5}
    answers = GOOD | {"felt-heard": 2, "worked-on-what-mattered": 1}
    assert ruptures(FORM, answers, previous) == [
        Fired("at-or-below-threshold", "worked-on-what-mattered", 1, threshold=2),
        Fired("drop-from-previous", "worked-on-what-mattered", 1, previous_score=5),
    ]


def test_missing_answers_decide_nothing() -> None:
    # Unanswered now: neither rule can fire on the item, however low it was before.
    assert ruptures(FORM, {"overall": 1}, {"felt-heard": 5}) == []
    # Unanswered before: no drop is known, even from a top answer to a middling one.
    assert ruptures(FORM, GOOD | {"felt-heard": 3}, {"overall": 10}) == []
    # No previous submission at all (the first one, or no patient): the drop rule is silent.
    assert ruptures(FORM, GOOD | {"felt-heard": 3}, None) == []


def test_a_form_without_a_rupture_block_never_fires() -> None:
    form = get_form("service-satisfaction")
    assert form.rupture is None
    assert ruptures(form, {}, None) == []


def test_a_rule_must_read_likert_items_of_its_form() -> None:
    data = FORM.model_dump(mode="json")
    data["rupture"]["items"] = ["no-such-item"]
    with pytest.raises(ValueError, match="not a Likert item"):
        FeedbackForm.model_validate(data)
    data["rupture"] |= {"items": ["felt-heard"], "at_or_below": None, "drop_of": None}
    with pytest.raises(ValueError, match="needs at_or_below, drop_of or both"):
        FeedbackForm.model_validate(data)

"""Feedback forms as data: loading, checking submissions, and the scores that may go on the feed."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from services.intake.errors import InvalidAnswersError, UnknownFormError
from services.intake.forms import get_form, load_forms, score_answers, validate_answers
from services.intake.forms.models import FeedbackForm, FreeText, Likert, YesNo
from services.intake.schemas import FeedbackIn

from .strategies import valid_answers

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

COMMENT = "My therapist Dr. Alvarez at 12 Elm St was great"


def codes(form_id: str, answers: dict[str, Any]) -> dict[str | None, str]:
    with pytest.raises(InvalidAnswersError) as caught:
        validate_answers(get_form(form_id), answers)
    return {e.item_id: e.code for e in caught.value.errors}


def test_the_four_required_forms_exist_and_cite_their_models() -> None:
    forms = load_forms()
    assert {"telehealth-experience", "session-feedback", "service-satisfaction", "comment"} <= set(
        forms
    )
    for form in forms.values():
        assert form.modelled_on and all(b.borrowed for b in form.modelled_on)


def test_the_telehealth_form_asks_what_the_issue_lists() -> None:
    form = get_form("telehealth-experience")
    assert {"audio-quality", "video-quality", "ease-of-joining", "choose-video-again"} <= {
        i.id for i in form.items
    }
    again = form.item("choose-video-again")
    assert again is not None and again.answer == YesNo(top_box=True)


def test_an_unknown_form_is_a_domain_error() -> None:
    with pytest.raises(UnknownFormError):
        get_form("phq-9")


@pytest.mark.parametrize(
    ("options", "top_box"),
    [([1, 2, 3], [2]), ([1, 2, 3], [1, 3]), ([3, 2, 1], [3]), ([1, 1, 2], [2]), ([1, 2], [5])],
)
def test_a_likert_scale_must_ascend_with_its_top_box_at_the_top(
    options: list[int], top_box: list[int]
) -> None:
    with pytest.raises(ValidationError):
        Likert(options=[{"value": v, "label": str(v)} for v in options], top_box=top_box)


def make_form(*items: dict[str, Any]) -> FeedbackForm:
    return FeedbackForm.model_validate(
        {
            "id": "f",
            "version": "1.0.0",
            "title": "F",
            "description": "F",
            "modelled_on": [{"name": "n", "reference": "r", "borrowed": "b"}],
            "items": items,
        }
    )


YES_NO_ITEM = {"id": "a", "text": "A?", "answer": {"type": "yes_no", "top_box": True}}


def test_a_form_cannot_repeat_an_item_id() -> None:
    with pytest.raises(ValidationError, match="repeats an item id"):
        make_form(YES_NO_ITEM, YES_NO_ITEM)


def test_a_valid_submission_keeps_answers_in_form_order_and_drops_blanks() -> None:
    answers = {"overall": 9, "felt-heard": 5, "worked-on-what-mattered": 4, "approach-fits": None}
    assert list(validate_answers(get_form("session-feedback"), answers).items()) == [
        ("felt-heard", 5),
        ("worked-on-what-mattered", 4),
        ("overall", 9),
    ]
    comment = validate_answers(get_form("comment"), {"comment": "  ok  ", "one-improvement": " "})
    assert comment == {"comment": "ok"}


def test_every_bad_answer_is_reported_at_once() -> None:
    assert codes(
        "telehealth-experience",
        {
            "audio-quality": True,
            "ease-of-joining": 7,
            "video-quality": "5",
            "choose-video-again": 1,
            "mood": 3,
        },
    ) == {
        "audio-quality": "wrong_type",
        "ease-of-joining": "out_of_range",
        "video-quality": "wrong_type",
        "choose-video-again": "wrong_type",
        "mood": "unknown_item",
    }


def test_required_items_must_be_answered() -> None:
    assert codes("session-feedback", {"felt-heard": 4}) == {
        "worked-on-what-mattered": "required",
        "overall": "required",
    }


def test_an_empty_submission_is_refused() -> None:
    assert codes("telehealth-experience", {}) == {
        "audio-quality": "required",
        "ease-of-joining": "required",
    }
    assert codes("comment", {"comment": "   "}) == {"comment": "required"}
    with pytest.raises(InvalidAnswersError) as caught:
        validate_answers(make_form(YES_NO_ITEM), {"a": None})
    assert [(e.item_id, e.code, e.pointer) for e in caught.value.errors] == [
        (None, "empty", "/answers")
    ]


def test_text_over_the_limit_is_refused_without_quoting_it() -> None:
    with pytest.raises(InvalidAnswersError) as caught:
        validate_answers(get_form("comment"), {"comment": COMMENT * 100})
    [error] = caught.value.errors
    assert (error.item_id, error.code, error.pointer) == ("comment", "too_long", "/answers/comment")
    assert "Alvarez" not in f"{caught.value} {error}"


def test_top_box_per_item_and_mean_on_a_common_0_to_100_scale() -> None:
    form = get_form("session-feedback")
    scores = score_answers(form, {"felt-heard": 5, "worked-on-what-mattered": 3, "overall": 9})
    assert [(s.item_id, s.top_box, s.percent_of_max) for s in scores.items] == [
        ("felt-heard", True, 100.0),
        ("worked-on-what-mattered", False, 50.0),
        ("overall", True, 90.0),
    ]
    assert scores.mean_percent_of_max == pytest.approx(80.0)
    assert (scores.top_box_count, scores.scored_count) == (2, 3)


def test_a_no_can_be_the_favourable_answer() -> None:
    form = get_form("telehealth-experience")
    scores = score_answers(
        form, {"audio-quality": 4, "ease-of-joining": 5, "technical-interruption": False}
    )
    interruption = next(s for s in scores.items if s.item_id == "technical-interruption")
    assert (interruption.value, interruption.top_box, interruption.percent_of_max) == (
        0.0,
        True,
        None,
    )
    assert scores.mean_percent_of_max == pytest.approx(87.5)


def test_free_text_never_reaches_the_scores() -> None:
    scores = score_answers(get_form("comment"), {"comment": COMMENT})
    assert (scores.items, scores.mean_percent_of_max, scores.scored_count) == ((), None, 0)
    assert "Alvarez" not in repr(scores)


@given(
    st.sampled_from(sorted(load_forms())).flatmap(
        lambda form_id: st.tuples(st.just(form_id), valid_answers(get_form(form_id)))
    )
)
def test_any_answers_within_the_form_are_accepted_and_scored_in_range(
    case: tuple[str, dict[str, Any]],
) -> None:
    form_id, answers = case
    form = get_form(form_id)
    assert validate_answers(form, answers) == answers
    scores = score_answers(form, answers)
    assert scores.scored_count == sum(
        1 for i in form.items if i.id in answers and not isinstance(i.answer, FreeText)
    )
    for s in scores.items:
        assert s.percent_of_max is None or 0.0 <= s.percent_of_max <= 100.0


def test_submission_body_keeps_booleans_and_integers_apart() -> None:
    body = FeedbackIn.model_validate_json(
        '{"form_id": "telehealth-experience", "answers": {"audio-quality": 1, '
        '"choose-video-again": true, "video-quality": null}}'
    )
    assert body.answers == {"audio-quality": 1, "choose-video-again": True, "video-quality": None}
    assert type(body.answers["audio-quality"]) is int
    with pytest.raises(InvalidAnswersError):
        validate_answers(
            get_form("telehealth-experience"), {"audio-quality": True, "ease-of-joining": 5}
        )


def test_submission_body_refuses_identifiers() -> None:
    with pytest.raises(ValidationError) as caught:
        FeedbackIn.model_validate(
            {"form_id": "comment", "answers": {"comment": "hi"}, "email": "a@b.example"}
        )
    assert [e["type"] for e in caught.value.errors()] == ["phi_not_accepted"]

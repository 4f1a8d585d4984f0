"""What happens around consumer feedback: how often it is given (submissions per kept
session) and what it is about (the share of submissions staff tagged with a theme).

Both read a relation that stacks two kinds of row sharing the columns a metric query groups and
filters by (org, units, patient, modality, form, period keys), like the safety reporting rate
(:mod:`.safety_events`): a period or unit with a denominator but no numerator still gets its
cell (a rate or share of 0).

* **response**: every submission (``submissions = 1``, from ``fact_feedback``) and every kept
  session (``sessions = 1``, from ``fact_encounters``, which has no form: the ``form`` filter
  lets every session through, so a form's rate is its submissions per kept session).
* **themes**: every submission (``submissions = 1``, no theme: the ``theme`` filter lets it
  through, it is the denominator) and, for each theme a submission is tagged with now, the
  submission again (``tagged = 1``) with that theme. Units, periods and the patient are the
  submission's, so a theme's count is in the period the feedback was received.

* **ruptures**: every submission of the session feedback form (intake's form with rupture
  rules) with ``ruptured = 1`` when at least one of its rupture rules fired
  (``fact_feedback_ruptures``), however many: the alliance rupture rate is a share of sessions.

``n`` counts the patients of the submissions (anonymous ones each their own respondent).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlmodel import col

from services.metrics.compute.spec import MetricSpec
from services.metrics.models import EncounterFact as E
from services.metrics.models import FeedbackFact as F
from services.metrics.models import FeedbackRuptureFact as R
from services.metrics.models import FeedbackThemeFact as T
from services.metrics.models.feedback import SET_THEME

_SHARED = (
    "org",
    "patient_id",
    "clinician_id",
    "team_id",
    "site_id",
    "modality",
    "day",
    "week",
    "month",
    "quarter",
)


def _namespace(relation: Any) -> SimpleNamespace:
    """Attribute access to a subquery's columns, as to a table model's."""
    return SimpleNamespace(**{c.name: c for c in relation.c})


def _counts(**ones: int) -> list[Any]:
    return [literal(value, Integer).label(name) for name, value in ones.items()]


def _response() -> SimpleNamespace:
    submissions = select(
        *(getattr(F, name) for name in _SHARED),
        col(F.form_id).label("form_id"),
        *_counts(submissions=1, sessions=0),
    )
    sessions = select(
        *(getattr(E, name) for name in _SHARED),
        cast(null(), String).label("form_id"),
        *_counts(submissions=0, sessions=1),
    ).where(col(E.status) == "fulfilled")
    return _namespace(union_all(submissions, sessions).subquery("feedback_response"))


def _themes() -> SimpleNamespace:
    submissions = select(
        *(getattr(F, name) for name in _SHARED),
        col(F.form_id).label("form_id"),
        cast(null(), String).label("theme"),
        *_counts(submissions=1, tagged=0),
    )
    tagged = (
        select(
            *(getattr(F, name) for name in _SHARED),
            col(F.form_id).label("form_id"),
            col(T.theme).label("theme"),
            *_counts(submissions=0, tagged=1),
        )
        .join(T, and_(col(T.org) == col(F.org), col(T.feedback_id) == col(F.feedback_id)))
        .where(col(T.theme) != SET_THEME)
    )
    return _namespace(union_all(submissions, tagged).subquery("feedback_themes"))


#: The form whose rupture rules intake runs (services/intake/forms/session-feedback.json).
RUPTURE_FORM = "session-feedback"


def _ruptures() -> SimpleNamespace:
    fired = exists().where(col(R.org) == col(F.org), col(R.feedback_id) == col(F.feedback_id))
    submissions = select(
        *(getattr(F, name) for name in _SHARED),
        case((fired, 1), else_=0).label("ruptured"),
    ).where(col(F.form_id) == RUPTURE_FORM)
    return _namespace(submissions.subquery("feedback_ruptures"))


RESPONSE = _response()
THEMES = _themes()
RUPTURES = _ruptures()

SPECS: dict[str, MetricSpec] = {
    "feedback-response-rate": MetricSpec(
        table=RESPONSE,
        population=(),
        numerator=func.sum(RESPONSE.submissions),
        denominator=func.sum(RESPONSE.sessions),
        n_rows=RESPONSE.submissions == 1,
        filters={"form": RESPONSE.form_id, "modality": RESPONSE.modality},
        unfiltered={"form": RESPONSE.sessions == 1},
    ),
    "feedback-theme-share": MetricSpec(
        table=THEMES,
        population=(),
        numerator=func.sum(THEMES.tagged),
        denominator=func.sum(THEMES.submissions),
        n_rows=THEMES.submissions == 1,
        filters={"theme": THEMES.theme, "form": THEMES.form_id, "modality": THEMES.modality},
        unfiltered={"theme": THEMES.submissions == 1},
    ),
    "alliance-rupture-rate": MetricSpec(
        table=RUPTURES,
        population=(),
        numerator=func.sum(RUPTURES.ruptured),
        denominator=func.count(),
        filters={"modality": RUPTURES.modality},
    ),
}

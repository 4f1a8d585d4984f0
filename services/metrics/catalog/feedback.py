"""Consumer feedback beyond a form's averages: each question's results, how often feedback is
given, and what it is about (issue #20). The form-level metrics are in :mod:`.definitions`."""

from __future__ import annotations

from services.metrics.catalog.definition import MetricDefinition

ITEM = (
    "One item of one form, named by its id on the form (the form and item filters are "
    "required; metrics does not hold the forms' wording)."
)
TOP_BOX = (
    "Top-box scoring as AHRQ's CAHPS surveys report it: the share of answers in the most "
    "favourable response category; the category is the form's own (intake judges it per item)."
)

FEEDBACK_DEFINITIONS: tuple[MetricDefinition, ...] = (
    MetricDefinition(
        metric_id="feedback-item-mean",
        title="Consumer feedback: mean score of one question",
        domain="experience",
        description="Mean score of the answers to one item of a feedback form. " + ITEM,
        numerator="Sum of the item's numeric answers.",
        denominator="Submissions on the form in the period that answered the item.",
        kind="continuous",
        unit="score",
        better="higher",
        chart="xmr",
        fact="feedback",
        filters=("form", "item", "modality"),
        required_filters=("form", "item"),
        exclusions="Submissions that left the item unanswered.",
        source="Item-level means as CAHPS survey results report each question (AHRQ CAHPS); "
        "the scale is the form's own.",
    ),
    MetricDefinition(
        metric_id="feedback-item-top-box",
        title="Consumer feedback: top-box share of one question",
        domain="experience",
        description="Share of the answers to one item of a feedback form that gave its best "
        "option. " + ITEM,
        numerator="Answers to the item in its top box.",
        denominator="Submissions on the form in the period that answered the item.",
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="feedback",
        filters=("form", "item", "modality"),
        required_filters=("form", "item"),
        exclusions="Submissions that left the item unanswered.",
        source=TOP_BOX,
    ),
    MetricDefinition(
        metric_id="feedback-response-rate",
        title="Consumer feedback: submissions per kept session",
        domain="experience",
        description="Feedback submissions received in the period per session kept in the "
        "period: how often consumers answer. With the form filter, that form's submissions "
        "per kept session (every kept session is eligible).",
        numerator="Feedback submissions received in the period (on the form, if given).",
        denominator="Kept (fulfilled) sessions scheduled in the period, from the encounter facts.",
        kind="rate",
        unit="submissions per kept session",
        better="higher",
        chart="u",
        fact="feedback",
        filters=("form", "modality"),
        exclusions="Sessions not kept (no-shows, cancellations, errors). Submissions and "
        "sessions are counted by their own dates (received, scheduled), so a submission "
        "about a late-month session may fall in the next period; submissions not tied to a "
        "session count too, so the rate may exceed 1.",
        source="Response rate in the sense of AAPOR's Standard Definitions (completed "
        "responses over eligible cases), with the kept session as the eligible occasion.",
    ),
    MetricDefinition(
        metric_id="feedback-theme-share",
        title="Consumer feedback: submissions about a theme",
        domain="experience",
        description="Submissions staff tagged with one theme of the organisation's list, and "
        "their share of all submissions received in the period (the numerator is the count "
        "of submissions about the theme). Tags are the latest staff gave: a re-tag replaces "
        "the earlier set.",
        numerator="Submissions received in the period whose latest theme set has the theme.",
        denominator="Feedback submissions received in the period (on the form, if given).",
        kind="proportion",
        unit="share",
        better="lower",
        chart="auto",
        fact="feedback",
        filters=("theme", "form", "modality"),
        required_filters=("theme",),
        exclusions="Nothing: submissions not yet read count in the denominator only.",
        source="Coded themes of free-text comments (thematic analysis, Braun & Clarke 2006); "
        "the code list is the organisation's own. Whether more is better depends on the "
        "theme: `better` is lower, as most lists name problems.",
    ),
    MetricDefinition(
        metric_id="alliance-rupture-rate",
        title="Session feedback: alliance ruptures per submission",
        domain="experience",
        description="Share of session feedback submissions in which a rupture rule of the form "
        "fired: an alliance item (felt heard, worked on what mattered) answered at or below "
        "the form's threshold, or fallen from the patient's previous submission by the form's "
        "drop. Each is sent to the clinician to repair at the next session; a high or rising "
        "share says the alliance is strained more often, not that ruptures are not repaired.",
        numerator="Session feedback submissions with at least one rupture rule fired.",
        denominator="Session feedback submissions received in the period.",
        kind="proportion",
        unit="share",
        better="lower",
        chart="auto",
        fact="feedback",
        filters=("modality",),
        exclusions="Nothing. Both alliance items are required on the form, so every submission "
        "can fire the threshold rule; only a patient's later submissions can fire the drop "
        "rule (a first one, or one without a patient, has no previous to compare).",
        source="Session-by-session alliance ratings to catch ruptures early, as in the Session "
        "Rating Scale (Duncan, Miller, Sparks et al., J Brief Ther 2003;3(1):3-12); ruptures "
        "and their repair: Eubanks, Muran & Safran, Psychotherapy 2018;55(4):508-519 "
        "(meta-analysis; repair associated with better outcome, r = .29).",
    ),
)

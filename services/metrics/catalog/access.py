"""The waiting list (issue #17): people referred and not yet seen, counted at each week's end,
beside the days to first kept appointment of those already seen (``access-days-median``).

A referral is waiting at the end of a day when it was received on or before that day and its
first kept appointment (``first_kept_at``, intake's) had not happened by the day's end; the
feed carries no other end to a referral, so one never seen stays on the list. The list is read
on Sundays (the end of an ISO week), up to today: a week's value is that Sunday's list, a
longer period's the mean of its Sundays' lists. Units are the referral's site; ``n`` is the
distinct patients waiting (a redacted referral is one patient of its own).
"""

from __future__ import annotations

from services.metrics.catalog.definition import MetricDefinition

SUNDAYS = (
    "Referrals received on or before a Sunday (the end of an ISO week) in the period and not "
    "seen (no kept first appointment) by the end of that Sunday, at each Sunday up to today."
)
NOT_WAITING = (
    "Referrals seen on or before the Sunday; Sundays after today. Referrals are never closed "
    "without a visit on the feed, so one that is never seen stays on the list: read the "
    "value beside the organisation's own list hygiene."
)
SOURCE = (
    "A waiting list as NHS England's Referral to Treatment and Mental Health Services Data Set "
    "statistics report it: the incomplete pathways (people waiting) at the end of a period and "
    "how long they have waited so far, as opposed to completed waits of the people seen."
)

ACCESS_DEFINITIONS: tuple[MetricDefinition, ...] = (
    MetricDefinition(
        metric_id="people-waiting",
        title="People waiting for a first appointment",
        domain="access",
        description="Referrals waiting for their first kept appointment at the end of each "
        "week: the waiting list's size. A week's value is the count on its Sunday; a month's or "
        "quarter's is the mean of its Sundays' counts.",
        numerator="Referral-weeks: each waiting referral counted once per Sunday in the period.",
        denominator="Sundays in the period on which the cell had anyone waiting (one for a week).",
        kind="rate",
        unit="people waiting",
        better="lower",
        chart="xmr",
        fact="referral",
        filters=("service_line",),
        levels=("site", "org", "collaborative"),
        exclusions=f"{NOT_WAITING} A cell's Sundays without anyone waiting are not counted in "
        "its mean (a unit with an empty list some weeks reads higher than a week-by-week "
        "average over every Sunday).",
        source=SOURCE,
    ),
    MetricDefinition(
        metric_id="days-waiting-median",
        title="Days waited so far by people still waiting (median)",
        domain="access",
        description="Median days since referral of the people still waiting at the end of "
        "each week (pooled over the period's Sundays for a month or quarter): how long the "
        "waiting list has been waiting, which days-to-first-kept cannot show.",
        numerator="Median of the days from referral received to the Sunday, over the waiting "
        "referrals of the period's Sundays.",
        denominator=SUNDAYS,
        kind="continuous",
        unit="days",
        better="lower",
        chart="xmr",
        fact="referral",
        filters=("service_line",),
        levels=("site", "org", "collaborative"),
        exclusions=NOT_WAITING,
        source=SOURCE,
    ),
)

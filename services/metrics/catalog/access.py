"""The waiting list (issue #17): people referred and not yet seen, counted at each week's end,
beside the days to first kept appointment of those already seen (``access-days-median``).

A referral is waiting at the end of a day when it was received on or before that day and its
first kept appointment (``first_kept_at``, intake's) had not happened by the day's end; the
feed carries no other end to a referral, so one never seen stays on the list. The list is read
on Sundays (the end of an ISO week), up to today: a week's cell is that Sunday's list, a
longer period's pools its Sundays' lists (a person waiting four Sundays is four of its rows).
The list's size is the denominator of ``waiting-over-6-weeks``, published (rounded) like any
count: a count alone has no kind in the catalog, and the disclosure policy rounds counts.
Units are the referral's site; ``n`` is the distinct patients waiting (a redacted referral is
one patient of its own).
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
        metric_id="waiting-over-6-weeks",
        title="People waiting more than 6 weeks",
        domain="access",
        description="Share of the people on the waiting list at the end of each week who have "
        "waited more than 6 weeks since referral. The denominator is the waiting list's size: "
        "with period=week, the people waiting on that week's Sunday; over a month or quarter, "
        "each Sunday's list pooled (a person waiting four Sundays counts four times).",
        numerator="Referrals waiting on a Sunday of the period that were received more than 42 "
        "days before it.",
        denominator=SUNDAYS,
        kind="proportion",
        unit="share",
        better="lower",
        chart="auto",
        fact="referral",
        filters=("service_line",),
        levels=("site", "org", "collaborative"),
        exclusions=NOT_WAITING,
        source=f"{SOURCE} The 6 weeks are NHS England's waiting time standard for NHS Talking "
        "Therapies (2015: 75 % of people referred start treatment within 6 weeks, 95 % within "
        "18), applied here to those still waiting rather than those seen.",
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

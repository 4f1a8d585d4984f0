"""The learning features built on :func:`services.metrics.compute.compute`: control charts,
equity views, collaborative benchmarks, QI interventions, clinician feedback reports, the
collaboratives themselves, and the overview (every metric's Making Data Count icons, against
the org's targets) with the recognitions of sustained improvements.

Plain modules, no HTTP: each takes a session and explicit arguments and raises the errors of
:mod:`services.metrics.errors`, which carry their own problems. :mod:`.selection` checks what
a request asks about (metric, level, unit, period, range, filters) for every one of them;
:mod:`.periods` and :mod:`.ranges` are the calendar and the whole-range values they share.
"""

__all__ = [
    "benchmarks",
    "chart_rules",
    "chart_summary",
    "chart_views",
    "charts",
    "collaboratives",
    "equity",
    "group_labels",
    "interventions",
    "membership",
    "overview",
    "periods",
    "ranges",
    "recognitions",
    "reports",
    "selection",
    "targets",
]

"""Measurement fidelity as operations: an organization's measurement plans (:mod:`.plans`) and
the list of measurements due at the day's booked sessions (:mod:`.schedule`, the rule;
:mod:`.due`, the facts it reads).

It lives in metrics because metrics alone holds both sides as facts: intake's sessions and
episodes, and measures' scored assessments (neither of those services may call the other).
"""

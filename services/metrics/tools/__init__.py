"""The learning tools built on :func:`services.metrics.compute.compute`: control charts, equity
views, collaborative benchmarks, QI interventions and clinician feedback reports.

Plain modules, no HTTP: each takes a session and explicit arguments and raises the errors of
:mod:`.errors`; the routers in ``services/metrics/api`` translate those into problems.
"""

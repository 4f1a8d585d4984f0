"""Metrics's HTTP routers, one module per resource."""

__all__ = [
    "admin",
    "benchmarks",
    "charts",
    "collaboratives",
    "dashboard",
    "deps",
    "equity",
    "exports",
    "feedback",
    "interventions",
    "metrics",
    "reports",
    "sync",
    "values_csv",
]

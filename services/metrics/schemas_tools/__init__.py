"""API models of the learning tools (charts, equity, benchmarks, interventions, reports)."""

"""Measures: measurement-based care. Instruments as data, scores, trajectories, alerts, FHIR.

    app.py, __main__.py     the app factory and how to run it; settings.py its settings
    api/                    thin routers, one per resource; every shared dependency in api/deps.py
    schemas/                the API models (the catalog serves its own Instrument model as it is)
    instruments/            the catalog: its schema, loading, checks, conditions, org settings
    scoring/                scores, severity, change since baseline, outcomes, not on track
    assessments/            recording a batch (a single assessment is a batch of one), alerts,
                            anonymous staff answers, stored assessments read back
    fhir/                   Questionnaire, QuestionnaireResponse in, Observations out
    webhooks/               the alert outbox and its delivery
    models.py               measures' tables
    errors.py               every domain error and the problem it answers with

Layers (an import-linter contract in pyproject.toml): api above schemas and the domain, above
models, above errors and settings.
"""

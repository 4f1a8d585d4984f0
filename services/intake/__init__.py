"""Intake: what EHRs, telehealth platforms and apps report about care, checked, stored and
published on the feed.

    app.py, __main__.py     the app factory and how to run it; settings.py its settings
    api/                    thin routers, one per resource; every dependency in api/deps.py
    schemas/                the API models (the forms catalog serves its own models as they are)
    encounters/ feedback/ patients.py referrals.py    storing each resource, reading it back,
                            and the events its changes publish
    set_batches.py          what those set-based batch writes share
    lifecycle.py telehealth.py access.py sensitivity.py    the rules schemas and stores share
    forms/ codesets/        the feedback forms and demographic code sets, kept as data
    models.py               intake's tables
    errors.py               every domain error and the problem it answers with

Layers (an import-linter contract in pyproject.toml): api above schemas and the domain, above
models, above errors and settings.
"""

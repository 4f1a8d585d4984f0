"""Intake: what EHRs, telehealth platforms and apps report about care, checked, stored and
published on the feed.

    app.py          the app factory          api/        thin routers, dependencies in deps.py
    schemas/        every API model          models.py   intake's tables
    errors.py       every domain error and the problem it answers with
    encounters/ feedback/ patients.py referrals.py    storing each resource and its events
    set_batches.py      what their set-based batch writes share
    lifecycle.py telehealth.py access.py sensitivity.py    the rules schemas and stores share
    forms/ codesets/    the feedback forms and demographic code sets, as data

Layers (an import-linter contract in pyproject.toml): api above schemas and the domain, above
models, above errors and settings.
"""

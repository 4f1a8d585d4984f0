"""Metrics: the learning part. Facts from the feeds, metrics under one disclosure policy, and
the views an organization learns from.

    app.py, __main__.py     the app factory and how to run it; settings.py its settings
    api/                    thin routers, one per resource; every shared dependency in api/deps.py
    schemas/                the API models
    sync/                   pulling intake's and measures' feeds into facts (apply/ per event)
    compute/                a metric's value from the facts; disclosure/ publishes it
    learning/               charts, equity, benchmarks, interventions, reports, collaboratives
    stats/                  pure statistics
    dashboard/              the server-rendered pages
    catalog/                the metric definitions, as data
    clients/                the feeds over HTTP
    models/                 metrics' tables
    errors.py               every domain error and the problem it answers with

Layers (an import-linter contract in pyproject.toml): api above dashboard, above schemas and the
domain, above clients, models, catalog, settings, statistics and errors.
"""

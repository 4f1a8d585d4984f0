"""A breaking-change check for the services' OpenAPI documents (``python -m harness.api_diff``).

refs.py reads schemas, schemas.py and operations.py find what would break a caller, policy.py
decides whether the version and CHANGELOG.md allow it, revisions.py picks the git base.
"""

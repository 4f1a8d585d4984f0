"""Alembic environment for metrics: its own metadata only."""

from services.metrics.models import metadata
from shared.migrations import run_env

run_env(metadata)

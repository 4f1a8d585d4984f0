"""Alembic environment for measures: its own metadata only."""

from services.measures.models import metadata
from shared.migrations import run_env

run_env(metadata)

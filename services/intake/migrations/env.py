"""Alembic environment for intake: its own metadata only."""

from services.intake.models import metadata
from shared.migrations import run_env

run_env(metadata)

"""``python -m services.measures migrate|downgrade|revision|serve|openapi``."""

import sys

from services.measures.app import MIGRATIONS, SNAPSHOT, create_app
from services.measures.settings import MeasuresSettings
from shared.cli import run_cli

sys.exit(
    run_cli(
        settings_factory=MeasuresSettings,
        app_factory_path="services.measures.app:create_app",
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        snapshot_path=SNAPSHOT,
        default_port=8002,
    )
)

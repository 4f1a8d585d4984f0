"""``python -m services.metrics migrate|downgrade|revision|serve|openapi``."""

import sys

from services.metrics.app import MIGRATIONS, SNAPSHOT, create_app
from services.metrics.settings import MetricsSettings
from shared.cli import run_cli

sys.exit(
    run_cli(
        settings_factory=MetricsSettings,
        app_factory_path="services.metrics.app:create_app",
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        snapshot_path=SNAPSHOT,
        default_port=8003,
    )
)

"""``python -m services.intake migrate|downgrade|revision|serve|openapi``."""

import sys

from services.intake.app import MIGRATIONS, SNAPSHOT, create_app
from services.intake.settings import IntakeSettings
from shared.cli import run_cli

sys.exit(
    run_cli(
        settings_factory=IntakeSettings,
        app_factory_path="services.intake.app:create_app",
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        snapshot_path=SNAPSHOT,
        default_port=8001,
    )
)

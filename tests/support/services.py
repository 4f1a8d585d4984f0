"""Build a service app on a throwaway, migrated database, as each service's tests need it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from starlette.testclient import TestClient

from harness.databases import throwaway_database
from shared.migrations import upgrade


@contextmanager
def migrated_client(
    *,
    label: str,
    folder: Path,
    settings_cls: type[Any],
    create_app: Callable[[Any], FastAPI],
    migrations_dir: Path,
    **overrides: Any,
) -> Iterator[TestClient]:
    """A TestClient (lifespan entered) for a service whose database was built by its migrations.

    Tests run through the migrations rather than ``create_all`` so that what is tested is
    what is deployed.
    """
    with throwaway_database(label, folder) as url:
        upgrade(migrations_dir, url)
        settings = settings_cls(database_url=url, environment="test", **overrides)
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            yield client

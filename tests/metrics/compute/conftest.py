"""Fixtures for metric computation: the metrics database (SQLite, or PostgreSQL with
``TEST_DATABASE_URL``) and two organisations' worth of synthetic facts inserted into it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.testclient import TestClient

from tests.metrics.compute.factory import Facts, synthetic_org


@dataclass(frozen=True)
class World:
    """Facts of two orgs (``orgs[0]`` the caller's), as inserted."""

    facts: Facts
    orgs: tuple[str, str]


@pytest.fixture(scope="session")
def metrics_engine(metrics_client: TestClient) -> Engine:
    return metrics_client.app.state.engine  # type: ignore[attr-defined]


@pytest.fixture
def session(metrics_engine: Engine) -> Iterator[Session]:
    with Session(metrics_engine) as session:
        yield session


@pytest.fixture(scope="module")
def world(metrics_engine: Engine) -> World:
    orgs = (f"org-{uuid.uuid4().hex[:12]}", f"org-{uuid.uuid4().hex[:12]}")
    facts = Facts()
    for seed, org in enumerate(orgs):
        facts.extend(synthetic_org(org, seed=seed + 7))
    with metrics_engine.begin() as connection:
        facts.insert(connection)
    return World(facts=facts, orgs=orgs)

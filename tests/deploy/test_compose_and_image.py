"""compose.yaml, its production variant, the Dockerfile and the scrape config agree with the code.

Docker is not available where the suite runs, so these are read, not run.
"""

from __future__ import annotations

import re

import pytest
import yaml

from tests.deploy.manifests import K8S, ROOT, SERVICES, env_names, laptop_only_env, manifests

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_compose_runs_each_service_migrated_on_its_own_database(service: str) -> None:
    settings_cls, port = SERVICES[service]
    spec = _compose()["services"][service]
    environment = spec["environment"]
    assert set(environment) <= env_names(settings_cls)
    assert laptop_only_env(settings_cls) <= set(environment)
    database = environment[f"{service.upper()}_DATABASE_URL"].rsplit("/", 1)[1]
    assert database == service
    assert f"CREATE DATABASE {service};" in (ROOT / "deploy" / "postgres-init.sql").read_text()
    command = " ".join(spec["command"])
    assert f"services.{service} migrate" in command and f"--port {port}" in command
    assert spec["ports"] == [f"127.0.0.1:{port}:{port}"]
    assert f":{port}/healthz" in " ".join(spec["healthcheck"]["test"])


def test_compose_has_postgres_and_nothing_unknown() -> None:
    assert set(_compose()["services"]) == {"postgres", *SERVICES}


def test_the_database_outlives_its_container() -> None:
    compose = _compose()
    assert "postgres-data:/var/lib/postgresql/data" in compose["services"]["postgres"]["volumes"]
    assert "postgres-data" in compose["volumes"]


REQUIRED_FROM_ENVIRONMENT = re.compile(r"\$\{[A-Z_]+:\?[^}]+\}")


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_production_compose_takes_every_secret_from_the_environment(service: str) -> None:
    settings_cls = SERVICES[service][0]
    production = yaml.safe_load((ROOT / "compose.production.yaml").read_text())
    environment = production["services"][service]["environment"]
    prefix = service.upper()
    assert set(environment) <= env_names(settings_cls)
    assert environment[f"{prefix}_ENVIRONMENT"] == "production"
    assert REQUIRED_FROM_ENVIRONMENT.fullmatch(environment[f"{prefix}_JWT_JWKS_URL"])
    assert REQUIRED_FROM_ENVIRONMENT.search(environment[f"{prefix}_DATABASE_URL"])
    # every service serves a feed (metrics its recognitions), whose cursors it seals
    assert REQUIRED_FROM_ENVIRONMENT.fullmatch(environment[f"{prefix}_FEED_CURSOR_SECRET"])
    if service == "metrics":
        assert REQUIRED_FROM_ENVIRONMENT.fullmatch(environment["METRICS_FEED_CLIENT_SECRET"])
    # the settings refuse the development secret in production only with a JWKS or own secrets
    settings_cls.model_validate(
        {
            name.removeprefix(f"{prefix}_").lower(): "https://idp.example/jwks"
            if name.endswith("JWKS_URL")
            else "x" * 40
            for name in environment
            if name != f"{prefix}_ENVIRONMENT"
        }
        | {"environment": "production", "database_url": "postgresql://db/x"}
    )


def test_dockerfile_is_slim_non_root_with_a_healthcheck() -> None:
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.\d+-slim", dockerfile, re.MULTILINE)
    assert re.search(r"^USER (?!root|0\b)\S+", dockerfile, re.MULTILINE)
    assert "HEALTHCHECK" in dockerfile and "/healthz" in dockerfile


def test_the_image_installs_the_locked_dependencies_before_the_code() -> None:
    """A code change must not re-install the dependencies: they sit in a layer of their own."""
    steps = [
        line
        for line in (ROOT / "deploy" / "Dockerfile").read_text().splitlines()
        if line.startswith(("COPY", "RUN"))
    ]
    locked = steps.index("RUN pip install --no-cache-dir -r requirements/run.txt")
    assert steps[:locked] == ["COPY requirements/run.txt requirements/run.txt"]
    assert all("--no-deps" in step for step in steps[locked + 1 :] if "pip install" in step)


def test_the_build_context_holds_only_what_the_image_copies() -> None:
    ignore = (ROOT / ".dockerignore").read_text().splitlines()
    assert ignore[ignore.index("*") :][1:6] == [
        "!pyproject.toml",
        "!README.md",
        "!requirements/run.txt",
        "!shared/",
        "!services/",
    ]


def test_prometheus_scrapes_every_service_with_the_operator_token() -> None:
    docs = {d["kind"]: d for d in yaml.safe_load_all((K8S / "prometheus-scrape.yaml").read_text())}
    (job,) = yaml.safe_load(docs["ConfigMap"]["data"]["learning-loop-scrape.yml"])["scrape_configs"]
    assert job["metrics_path"] == "/metrics-prom"
    assert job["authorization"]["type"] == "Bearer"
    assert job["authorization"]["credentials_file"].endswith("/token")
    kept = job["relabel_configs"][0]["regex"].split("|")
    assert sorted(kept) == sorted(SERVICES)
    for service in SERVICES:
        ports = manifests(service)["Deployment"]["spec"]["template"]["spec"]["containers"][0]
        assert ports["ports"][0]["name"] == "http"

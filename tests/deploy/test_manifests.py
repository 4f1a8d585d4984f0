"""The deployment files agree with the code: Kubernetes manifests, compose.yaml, the Dockerfile.

Docker and a cluster are not available where the suite runs, so this checks them statically:
manifests validate against the Kubernetes schemas (kubernetes-validate ships them), probes hit
the real health routes, and every environment variable named anywhere is a real setting, while
every setting whose default only works on a laptop (SQLite, localhost) is overridden.
"""

from __future__ import annotations

import re
from pathlib import Path

import kubernetes_validate
import pytest
import yaml
from pydantic_settings import BaseSettings

from services.intake.settings import IntakeSettings
from services.measures.settings import MeasuresSettings
from services.metrics.settings import MetricsSettings

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
KUBERNETES_VERSION = "1.31.0"
SERVICES: dict[str, tuple[type[BaseSettings], int]] = {
    "intake": (IntakeSettings, 8001),
    "measures": (MeasuresSettings, 8002),
    "metrics": (MetricsSettings, 8003),
}
LAPTOP_ONLY = re.compile(r"sqlite|localhost|127\.0\.0\.1")


def env_names(settings_cls: type[BaseSettings]) -> set[str]:
    prefix = settings_cls.model_config.get("env_prefix", "")
    return {f"{prefix}{name}".upper() for name in settings_cls.model_fields}


def laptop_only_env(settings_cls: type[BaseSettings]) -> set[str]:
    prefix = settings_cls.model_config.get("env_prefix", "")
    return {
        f"{prefix}{name}".upper()
        for name, field in settings_cls.model_fields.items()
        if isinstance(field.default, str) and LAPTOP_ONLY.search(field.default)
    }


def manifests(service: str) -> dict[str, dict]:
    docs = yaml.safe_load_all((K8S / f"{service}.yaml").read_text())
    return {doc["kind"]: doc for doc in docs}


def test_every_manifest_validates_against_the_kubernetes_schema() -> None:
    files = sorted(K8S.glob("*.yaml"))
    assert len(files) == 5
    for path in files:
        for doc in yaml.safe_load_all(path.read_text()):
            kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_an_invalid_manifest_is_caught() -> None:
    broken = manifests("intake")["Deployment"]
    broken["spec"]["replicas"] = "two"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_service_has_probes_autoscaler_and_migration_job(service: str) -> None:
    docs = manifests(service)
    assert set(docs) == {
        "ConfigMap",
        "Secret",
        "Job",
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
    }
    container = docs["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    port = SERVICES[service][1]
    assert container["ports"][0]["containerPort"] == port
    assert str(port) in container["command"]
    job = docs["Job"]["spec"]["template"]["spec"]["containers"][0]
    assert job["command"] == ["python", "-m", f"services.{service}", "migrate"]
    assert docs["HorizontalPodAutoscaler"]["spec"]["minReplicas"] >= 2


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_manifest_env_matches_settings(service: str) -> None:
    settings_cls = SERVICES[service][0]
    docs = manifests(service)
    configured = set(docs["ConfigMap"]["data"]) | set(docs["Secret"]["stringData"])
    assert configured <= env_names(settings_cls), configured - env_names(settings_cls)
    assert laptop_only_env(settings_cls) <= configured, laptop_only_env(settings_cls) - configured


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
    assert spec["ports"] == [f"{port}:{port}"]
    assert f":{port}/healthz" in " ".join(spec["healthcheck"]["test"])


def test_compose_has_postgres_and_nothing_unknown() -> None:
    assert set(_compose()["services"]) == {"postgres", *SERVICES}


def test_dockerfile_is_slim_non_root_with_a_healthcheck() -> None:
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.\d+-slim", dockerfile, re.MULTILINE)
    assert re.search(r"^USER (?!root)\S+", dockerfile, re.MULTILINE)
    assert "HEALTHCHECK" in dockerfile and "/healthz" in dockerfile


def test_prometheus_scrapes_every_service_with_the_operator_token() -> None:
    docs = {d["kind"]: d for d in yaml.safe_load_all((K8S / "prometheus-scrape.yaml").read_text())}
    (job,) = yaml.safe_load(docs["ConfigMap"]["data"]["learning-loop-scrape.yml"])["scrape_configs"]
    assert job["metrics_path"] == "/metrics-prom"
    assert job["authorization"]["type"] == "Bearer"
    assert job["authorization"]["credentials_file"].endswith("/token")
    assert "token" in docs["Secret"]["stringData"]
    kept = job["relabel_configs"][0]["regex"].split("|")
    assert sorted(kept) == sorted(SERVICES)
    for service in SERVICES:
        ports = manifests(service)["Deployment"]["spec"]["template"]["spec"]["containers"][0]
        assert ports["ports"][0]["name"] == "http"

"""What the deployment tests read: the manifests, compose files and the settings they name."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

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


def secret_keys(docs: dict[str, dict]) -> set[str]:
    """The keys the service's Secret must hold: it is created outside the manifests."""
    annotation = docs["Deployment"]["metadata"]["annotations"]["learning-loop.dev/secret-keys"]
    return set(annotation.split(","))


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def all_documents() -> list[dict]:
    return [
        doc for path in sorted(K8S.glob("*.yaml")) for doc in yaml.safe_load_all(path.read_text())
    ]


def manifests(service: str) -> dict[str, dict]:
    docs = yaml.safe_load_all((K8S / f"{service}.yaml").read_text())
    return {doc["kind"]: doc for doc in docs}

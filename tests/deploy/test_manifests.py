"""The deployment files agree with the code: Kubernetes manifests, compose.yaml, the Dockerfile.

Docker and a cluster are not available where the suite runs, so this checks them statically:
manifests validate against the Kubernetes schemas (kubernetes-validate ships them), probes hit
the real health routes, and every environment variable named anywhere is a real setting, while
every setting whose default only works on a laptop (SQLite, localhost) is overridden.
"""

from __future__ import annotations

import re
import tomllib
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
        "Job",
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "NetworkPolicy",
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
    configured = set(docs["ConfigMap"]["data"]) | secret_keys(docs)
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
    secret = "FEED_CLIENT_SECRET" if service == "metrics" else "FEED_CURSOR_SECRET"
    assert REQUIRED_FROM_ENVIRONMENT.fullmatch(environment[f"{prefix}_{secret}"])
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


def test_no_secret_is_kept_in_the_manifests() -> None:
    """Secrets come from the vault (created before applying), never from files in the repo."""
    kinds = {doc["kind"] for doc in all_documents()}
    assert "Secret" not in kinds
    for service in SERVICES:
        docs = manifests(service)
        for spec in (docs["Deployment"], docs["Job"]):
            (container,) = spec["spec"]["template"]["spec"]["containers"]
            refs = [ref["secretRef"] for ref in container["envFrom"] if "secretRef" in ref]
            assert refs == [{"name": f"{service}-secrets", "optional": False}]
        assert f"{service.upper()}_DATABASE_URL" in secret_keys(docs)


def _pods() -> list[tuple[str, dict]]:
    return [
        (f"{service} {kind}", manifests(service)[kind]["spec"]["template"]["spec"])
        for service in SERVICES
        for kind in ("Deployment", "Job")
    ]


@pytest.mark.parametrize(("name", "pod"), _pods(), ids=[name for name, _ in _pods()])
def test_every_pod_meets_the_restricted_pod_security_standard(name: str, pod: dict) -> None:
    """The checks of the Pod Security Standard "restricted" (kubernetes.io/docs/concepts/
    security/pod-security-standards), which the namespace also enforces at admission."""
    assert not any(pod.get(key) for key in ("hostNetwork", "hostPID", "hostIPC"))
    assert pod["automountServiceAccountToken"] is False
    assert all(set(volume) <= {"name", "emptyDir"} for volume in pod.get("volumes", []))
    pod_security = pod["securityContext"]
    assert pod_security["runAsNonRoot"] is True and pod_security["runAsUser"] != 0
    assert pod_security["seccompProfile"]["type"] == "RuntimeDefault"
    for container in pod["containers"]:
        security = container["securityContext"]
        assert security["allowPrivilegeEscalation"] is False
        assert security["capabilities"]["drop"] == ["ALL"]
        assert not security.get("capabilities", {}).get("add")
        assert not security.get("privileged")
        assert security["readOnlyRootFilesystem"] is True


def test_the_namespace_enforces_restricted_and_denies_by_default() -> None:
    docs = list(yaml.safe_load_all((K8S / "namespace.yaml").read_text()))
    (namespace,) = [doc for doc in docs if doc["kind"] == "Namespace"]
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    policies = {
        doc["metadata"]["name"]: doc["spec"] for doc in docs if doc["kind"] == "NetworkPolicy"
    }
    assert policies["default-deny"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    (dns,) = policies["allow-dns"]["egress"]
    assert {port["port"] for port in dns["ports"]} == {53}


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_the_migration_job_belongs_to_one_release(service: str) -> None:
    """A Job's pod template is immutable: the next release applies a Job of a new name."""
    version = project_version()
    docs = manifests(service)
    job = docs["Job"]
    assert job["metadata"]["name"] == f"{service}-migrate-{version}"
    assert job["spec"]["ttlSecondsAfterFinished"] > 0
    for spec in (job, docs["Deployment"]):
        (container,) = spec["spec"]["template"]["spec"]["containers"]
        assert container["image"].endswith(f":{version}")


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_a_disruption_leaves_pods_serving(service: str) -> None:
    docs = manifests(service)
    budget = docs["PodDisruptionBudget"]["spec"]
    assert budget["selector"] == docs["Deployment"]["spec"]["selector"]
    assert budget["maxUnavailable"] < docs["HorizontalPodAutoscaler"]["spec"]["minReplicas"]


def _ingress_sources(service: str) -> list[dict]:
    (rule,) = manifests(service)["NetworkPolicy"]["spec"]["ingress"]
    assert [p["port"] for p in rule["ports"]] == [SERVICES[service][1]]
    return rule["from"]


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_each_service_is_reached_only_on_its_port(service: str) -> None:
    policy = manifests(service)["NetworkPolicy"]["spec"]
    assert policy["podSelector"] == manifests(service)["Deployment"]["spec"]["selector"]
    assert policy["policyTypes"] == ["Ingress", "Egress"]
    from_metrics = {"podSelector": {"matchLabels": {"app.kubernetes.io/name": "metrics"}}}
    assert (from_metrics in _ingress_sources(service)) == (service != "metrics")


def test_metrics_may_reach_the_two_feeds_and_nothing_else_in_the_namespace() -> None:
    egress = manifests("metrics")["NetworkPolicy"]["spec"]["egress"]
    peers = {
        rule["to"][0]["podSelector"]["matchLabels"]["app.kubernetes.io/name"]: rule["ports"][0][
            "port"
        ]
        for rule in egress
        if "to" in rule
    }
    assert peers == {"intake": 8001, "measures": 8002}
    for service in ("intake", "measures"):
        assert all(
            "to" not in rule for rule in manifests(service)["NetworkPolicy"]["spec"]["egress"]
        )

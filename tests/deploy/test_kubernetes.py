"""The Kubernetes manifests agree with the code and meet the cluster's rules.

A cluster is not available where the suite runs, so this checks them statically: manifests
validate against the Kubernetes schemas (kubernetes-validate ships them), probes hit the real
health routes, every environment variable named is a real setting while every setting whose
default only works on a laptop (SQLite, localhost) is overridden, and every pod meets the
restricted Pod Security Standard.
"""

from __future__ import annotations

import kubernetes_validate
import pytest
import yaml

from tests.deploy.manifests import (
    K8S,
    KUBERNETES_VERSION,
    SERVICES,
    all_documents,
    env_names,
    laptop_only_env,
    manifests,
    project_version,
    secret_keys,
)

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


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

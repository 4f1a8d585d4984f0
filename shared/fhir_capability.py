"""The CapabilityStatement a service that serves FHIR answers at ``GET /fhir/metadata``.

A FHIR client's first call: it learns there which resources, interactions and search
parameters this server supports, and how to get a token. The statement is served without a
token, as FHIR servers serve it (a client must read it to learn how to authenticate; SMART App
Launch 2.2 also requires the discovery documents to be public); it names no tenant and no data.

Each service lists its resources (:func:`resource`); the rest is common: an R4 (4.0.1)
``instance`` statement in JSON, and ``rest.security`` naming OAuth2 client credentials with
SMART Backend Services ``system/`` scopes, and the token endpoint (the SMART ``oauth-uris``
extension) when the deployment configures one.

Sources: FHIR R4 CapabilityStatement (http://hl7.org/fhir/R4/capabilitystatement.html; kind
``instance`` needs ``implementation``, constraint cpb-15) and the RESTful security service code
system (http://terminology.hl7.org/CodeSystem/restful-security-service).
"""

from __future__ import annotations

from typing import Any

FHIR_VERSION = "4.0.1"
#: When this statement's content last changed (a CapabilityStatement's ``date``).
STATEMENT_DATE = "2026-12-06"
SECURITY_SERVICE = "http://terminology.hl7.org/CodeSystem/restful-security-service"
OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"

SECURITY_DESCRIPTION = (
    "Every interaction except this statement needs a bearer JWT from the identity provider's "
    "OAuth2 client-credentials flow. SMART Backend Services scopes are accepted: "
    "`system/<Resource>.read` or `.rs` to read and search, `.write` or `.c` to create "
    "(`system/*.cruds` for all); the service's own scopes (`<service>:read`, `<service>:write`) "
    "too. Every read is limited to the token's organization."
)


def search_param(name: str, kind: str, documentation: str) -> dict[str, Any]:
    return {"name": name, "type": kind, "documentation": documentation}


def resource(
    kind: str,
    interactions: list[str],
    *,
    documentation: str,
    search_params: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One ``rest.resource``: its type, interactions (``read``, ``search-type``, ``create``)
    and search parameters. No history, versions or conditional interactions."""
    entry: dict[str, Any] = {
        "type": kind,
        "documentation": documentation,
        "interaction": [{"code": code} for code in interactions],
        "versioning": "no-version",
        "readHistory": False,
        "updateCreate": False,
    }
    if search_params:
        entry["searchParam"] = search_params
    return entry


def capability_statement(
    *,
    name: str,
    title: str,
    description: str,
    version: str,
    base_url: str,
    resources: list[dict[str, Any]],
    token_url: str | None,
) -> dict[str, Any]:
    """The statement of the server at ``base_url`` (its ``/fhir`` root, absolute)."""
    security: dict[str, Any] = {
        "cors": False,
        "service": [
            {
                "coding": [
                    {
                        "system": SECURITY_SERVICE,
                        "code": "SMART-on-FHIR",
                        "display": "SMART-on-FHIR",
                    }
                ],
                "text": "OAuth2 client credentials, SMART Backend Services scopes",
            }
        ],
        "description": SECURITY_DESCRIPTION,
    }
    if token_url:
        security["extension"] = [
            {"url": OAUTH_URIS, "extension": [{"url": "token", "valueUri": token_url}]}
        ]
    return {
        "resourceType": "CapabilityStatement",
        "name": name,
        "title": title,
        "status": "active",
        "experimental": False,
        "date": STATEMENT_DATE,
        "publisher": "Learning Loop",
        "description": description,
        "kind": "instance",
        "software": {"name": title, "version": version},
        "implementation": {"description": title, "url": base_url},
        "fhirVersion": FHIR_VERSION,
        "format": ["json"],
        "rest": [{"mode": "server", "security": security, "resource": resources}],
    }

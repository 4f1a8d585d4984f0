"""SSRF protection for webhook URLs (OWASP API7), checked at registration and before each attempt.

A URL is safe when its scheme is http or https, it carries no credentials, and *every* address
its host resolves to is a public unicast address: loopback, private, link-local (cloud metadata
at 169.254.169.254), shared (100.64/10), multicast, reserved and unspecified targets are refused,
for IPv4, IPv6 and the IPv6 forms that embed an IPv4 address alike. Checking at delivery time
as well defeats a host that resolved to a public address at registration and to an internal one
later (DNS rebinding); the deliverer then connects to the address checked here, not to a fresh
lookup, and never follows a redirect.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any
from urllib.parse import SplitResult, urlsplit, urlunsplit

from shared.webhooks.errors import UnsafeUrlError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

RESOLVE_TIMEOUT_SECONDS = 5.0
_resolver_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="webhook-dns")


@dataclass(frozen=True, slots=True)
class Target:
    """A checked URL and the address to connect to (``None`` when checks are switched off)."""

    url: str
    host: str
    address: str | None


def system_resolver(host: str, port: int) -> list[str]:
    """The host's addresses, with a bounded wait (``getaddrinfo`` itself has no timeout)."""
    future = _resolver_pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=RESOLVE_TIMEOUT_SECONDS)
    except FutureTimeout as exc:
        raise UnsafeUrlError(
            "unresolvable_host", "The URL's host did not resolve in time."
        ) from exc
    except (OSError, UnicodeError) as exc:
        raise UnsafeUrlError("unresolvable_host", "The URL's host does not resolve.") from exc
    return [str(info[4][0]) for info in infos]


_PORT = r"(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})"
URL_PATTERN = (
    r"^[Hh][Tt][Tt][Pp][Ss]?://(\[[0-9A-Fa-f:.]+\]|[^\s/?#@:\[\]\\]+)(:" + _PORT + r")?"
    r"([/?][^\s#]*)?$"
)
"""The syntax :func:`parse_url` accepts, as the API document states it: an http(s) URL with a
host, an optional port, no credentials, no fragment, no white space. The checks above it come
first, each with its own code."""


def parse_url(url: str) -> SplitResult:
    """Syntax checks that need no network."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise UnsafeUrlError("invalid_url", "The URL cannot be parsed.") from exc
    if parts.scheme not in ("http", "https"):
        raise UnsafeUrlError("unsupported_scheme", "Only http and https URLs are accepted.")
    if not parts.hostname:
        raise UnsafeUrlError("invalid_url", "The URL has no host.")
    if parts.username is not None or parts.password is not None:
        raise UnsafeUrlError(
            "credentials_in_url", "Credentials may not be put in the URL; payloads are signed."
        )
    if parts.fragment:
        raise UnsafeUrlError("invalid_url", "The URL may not have a fragment.")
    if not re.fullmatch(URL_PATTERN, url.strip()):  # what urlsplit lets through (white space)
        raise UnsafeUrlError("invalid_url", "The URL is not an http(s) URL with a host.")
    return parts


def is_public(address: IPAddress) -> bool:
    """True for a globally routable unicast address.

    IPv6 forms that carry an IPv4 address (mapped ``::ffff:a.b.c.d``, 6to4 ``2002::/16``,
    Teredo) are judged by the IPv4 address they reach: Python counts ``2002:0a00:0001::`` as
    global although a 6to4 relay takes it to 10.0.0.1. Site-local ``fec0::/10`` is refused too
    (deprecated, but still routed inside some networks).
    """
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_public(address.ipv4_mapped)
        if address.sixtofour is not None and not is_public(address.sixtofour):
            return False
        if address.teredo is not None and not is_public(address.teredo[1]):
            return False
        if address.is_site_local:
            return False
    return address.is_global and not (
        address.is_multicast
        or address.is_loopback
        or address.is_link_local
        or address.is_private
        or address.is_reserved
        or address.is_unspecified
    )


def check_url(url: str, *, allow_private: bool, resolver: Resolver = system_resolver) -> Target:
    """Refuse a URL that could reach an internal target; return where to connect."""
    parts = parse_url(url)
    host = parts.hostname or ""
    if allow_private:
        return Target(url=url.strip(), host=host, address=None)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        literal: IPAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    addresses = [host] if literal is not None else resolver(host, port)
    if not addresses:
        raise UnsafeUrlError("unresolvable_host", "The URL's host does not resolve.")
    for raw in addresses:
        try:
            address = ipaddress.ip_address(raw.split("%", 1)[0])
        except ValueError as exc:
            raise UnsafeUrlError("unresolvable_host", "The host resolved to no address.") from exc
        if not is_public(address):
            raise UnsafeUrlError(
                "non_public_target",
                "The URL resolves to a loopback, private, link-local, multicast or reserved "
                "address; webhooks are only sent to public hosts.",
            )
    return Target(url=url.strip(), host=host, address=addresses[0].split("%", 1)[0])


def pinned(
    url: str, host: str, address: str | None, headers: dict[str, str]
) -> tuple[str, dict[str, Any]]:
    """Connect to the checked address (no second DNS lookup), keeping Host and TLS name."""
    if address is None:
        return url, {}
    parts = urlsplit(url)
    ip = ipaddress.ip_address(address)
    netloc = f"[{ip}]" if ip.version == 6 else str(ip)
    if parts.port:
        netloc += f":{parts.port}"
    headers["host"] = parts.netloc
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")), extensions

"""The SSRF check on its own, with a fake resolver standing in for DNS."""

from __future__ import annotations

import pytest

from services.measures.url_guard import UnsafeUrlError, check_url


def resolving_to(*addresses: str):  # type: ignore[no-untyped-def]
    return lambda host, port: list(addresses)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.251",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:10.0.0.1",
    ],
)
def test_a_host_resolving_to_a_non_public_address_is_refused(address: str) -> None:
    with pytest.raises(UnsafeUrlError) as caught:
        check_url(
            "https://hooks.example.org/x", allow_private=False, resolver=resolving_to(address)
        )
    assert caught.value.code == "non_public_target"


def test_one_private_address_among_public_ones_is_enough_to_refuse() -> None:
    with pytest.raises(UnsafeUrlError):
        check_url(
            "https://hooks.example.org/x",
            allow_private=False,
            resolver=resolving_to("93.184.216.34", "10.0.0.1"),
        )


def test_a_public_host_is_pinned_to_the_checked_address() -> None:
    target = check_url(
        "https://hooks.example.org:8443/x?y=1",
        allow_private=False,
        resolver=resolving_to("93.184.216.34", "2606:2800:220:1::1"),
    )
    assert (target.host, target.address) == ("hooks.example.org", "93.184.216.34")


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ftp://93.184.216.34/", "unsupported_scheme"),
        ("file:///etc/passwd", "unsupported_scheme"),
        ("javascript:alert(1)", "unsupported_scheme"),
        ("http:///nohost", "invalid_url"),
        ("http://93.184.216.34:99999/", "invalid_url"),
        ("http://a:b@93.184.216.34/", "credentials_in_url"),
    ],
)
def test_malformed_or_unsupported_urls_are_refused_before_any_lookup(url: str, code: str) -> None:
    def no_dns(host: str, port: int) -> list[str]:
        raise AssertionError("no lookup expected")

    with pytest.raises(UnsafeUrlError) as caught:
        check_url(url, allow_private=False, resolver=no_dns)
    assert caught.value.code == code


def test_the_deployment_switch_allows_private_targets() -> None:
    target = check_url("http://127.0.0.1:9000/h", allow_private=True)
    assert target.address is None

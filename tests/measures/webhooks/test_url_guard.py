"""The SSRF check on its own, with a fake resolver standing in for DNS."""

from __future__ import annotations

import pytest

from shared.webhooks.errors import UnsafeUrlError
from shared.webhooks.url_guard import check_url


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
        "2002:a00:1::1",  # 6to4 of 10.0.0.1: Python's is_global says yes
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
        "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254 (cloud metadata)
        "fec0::1",  # site-local: Python's is_global says yes
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
        "2001:0:4136:e378:8000:63bf:f5ff:fffe",  # Teredo of 10.0.0.1
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


def test_a_6to4_address_of_a_public_host_is_accepted() -> None:
    target = check_url(
        "https://hooks.example.org/x",
        allow_private=False,
        resolver=resolving_to("2002:5db8:d822::1"),  # 6to4 of 93.184.216.34
    )
    assert target.address == "2002:5db8:d822::1"

"""Cursors are opaque round trips; anything else is a clear 400."""

from __future__ import annotations

import pytest

from shared.paging import decode_cursor, encode_cursor
from shared.problems import BadRequest


def test_cursor_round_trips_a_keyset() -> None:
    key = ["2026-01-01T00:00:00+00:00", "enc-7"]
    assert decode_cursor(encode_cursor(key)) == key


def test_absent_cursor_means_first_page() -> None:
    assert decode_cursor(None) is None


@pytest.mark.parametrize("garbage", ["%%%", "bm90IGpzb24", "eyJhIjoxfQ"])
def test_garbage_cursor_is_bad_request(garbage: str) -> None:
    with pytest.raises(BadRequest):
        decode_cursor(garbage)

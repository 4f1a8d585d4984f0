"""Feed cursors: opaque, bound to their reader, and silent about other tenants.

A feed position is ``(txid, id)``: counters every organization's writes advance. Handed out as
they are, one organization could watch another's write volume move between two of its reads.
A cursor is therefore the position sealed with AES-256-GCM under the service's cursor key, with
the reader's scope as associated data: its ``org`` for a ``feed:read`` caller, ``*`` for the
platform's ``feed:all`` consumer, which reads every organization. Opening a cursor under another
scope fails the GCM tag: one organization's cursor is a 400 for any other, and a cursor reveals
nothing (a fresh random nonce makes two cursors of the same position look unrelated).

The platform consumer may still present a cursor from before cursors were sealed (base64url
JSON ``[txid, id]``), so that upgrading a producer does not strand it; an organization may not,
as probing positions of its own choosing would expose the counters again.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shared.problems import BadRequest

Position = tuple[int, int]

#: Before the first event: every real position (txid >= 0 on PostgreSQL, 0 on SQLite) is after.
START: Position = (-1, 0)
ALL_ORGS = "*"
_PREFIX = "c1."
_NONCE_BYTES = 12
_POSITION = struct.Struct(">qq")
_BIGINT_MAX = 2**63 - 1
_KEY_LABEL = b"learning-loop feed cursor v1"


def cursor_key(secret: str) -> bytes:
    """The AES key for a configured secret (domain-separated, so the JWT secret can serve)."""
    return hmac.new(secret.encode(), _KEY_LABEL, hashlib.sha256).digest()


class CursorCodec:
    """Seals and opens the cursors of one service's feed."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, position: Position, scope: str) -> str:
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, _POSITION.pack(*position), scope.encode())
        return _PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode().rstrip("=")

    def open(self, cursor: str | None, scope: str) -> Position:
        """The position a cursor holds for this scope, or a 400 problem."""
        if cursor is None:
            return START
        if not cursor.startswith(_PREFIX):
            if scope == ALL_ORGS:
                return _legacy_position(cursor)
            raise _invalid()
        body = cursor[len(_PREFIX) :]
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            plain = self._aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], scope.encode())
        except (binascii.Error, ValueError, InvalidTag) as exc:
            raise _invalid() from exc
        return _checked(*_POSITION.unpack(plain))


def _legacy_position(cursor: str) -> Position:
    """A pre-sealing cursor: base64url JSON of exactly two integers in the stored range."""
    try:
        value = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise _invalid() from exc
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(type(part) is int for part in value)  # bool is an int subclass; not here
    ):
        raise _invalid()
    return _checked(value[0], value[1])


def _checked(txid: int, event_id: int) -> Position:
    if not (START[0] <= txid <= _BIGINT_MAX and 0 <= event_id <= _BIGINT_MAX):
        raise _invalid()
    return (txid, event_id)


def _invalid() -> BadRequest:
    return BadRequest(
        "The feed cursor is not valid for this caller; use a `next_cursor` this feed gave "
        "you, or start again without one.",
        slug="invalid-cursor",
    )

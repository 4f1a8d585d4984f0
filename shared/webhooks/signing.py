"""Standard Webhooks secrets and signatures (standard-webhooks.md, "Signature scheme")."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

__all__ = ["SECRET_PREFIX", "new_secret", "sign"]

SECRET_PREFIX = "whsec_"  # noqa: S105 - a format prefix, not a secret
SECRET_BYTES = 32


def new_secret() -> str:
    """A Standard Webhooks symmetric secret: ``whsec_`` + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` header value for one attempt (``v1,<base64 HMAC-SHA256>``)."""
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()

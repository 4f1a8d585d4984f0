"""A local OAuth2 token endpoint (client credentials), standing in for an identity provider.

It checks the client's id and secret (HTTP Basic, as RFC 6749 section 2.3.1 prefers), the grant
type and the scope, and answers a JWT the services accept (signed with their local HS256
secret) living ``lifetime`` seconds. It counts what it issued, so a test can tell a renewal
from a reused token; ``down`` makes it answer 503.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from shared.auth import issue_local_token

CLIENT_ID = "metrics-consumer"
CLIENT_SECRET = "a-client-secret-for-tests-only"


@dataclass
class TokenEndpoint:
    url: str
    lifetime: int
    issued: list[str] = field(default_factory=list)
    refused: int = 0
    down: bool = False


def _client(header: str | None) -> tuple[str, str] | None:
    if header is None or not header.startswith("Basic "):
        return None
    user, _, secret = base64.b64decode(header[6:]).decode().partition(":")
    return user, secret


@contextmanager
def token_endpoint(lifetime: int) -> Iterator[TokenEndpoint]:
    state = TokenEndpoint(url="", lifetime=lifetime)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            form = {k: v[0] for k, v in parse_qs(body).items()}
            if state.down:
                return self._answer(503, {"error": "temporarily_unavailable"})
            if _client(self.headers.get("Authorization")) != (CLIENT_ID, CLIENT_SECRET):
                state.refused += 1
                return self._answer(401, {"error": "invalid_client"})
            if form.get("grant_type") != "client_credentials":
                return self._answer(400, {"error": "unsupported_grant_type"})
            token = issue_local_token(
                org="learning-loop-platform",
                scope=form.get("scope", ""),
                sub=CLIENT_ID,
                ttl_seconds=state.lifetime,
            )
            state.issued.append(token)
            return self._answer(
                200,
                {"access_token": token, "token_type": "Bearer", "expires_in": state.lifetime},
            )

        def _answer(self, status: int, body: dict[str, object]) -> None:
            raw = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/oauth2/token"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()

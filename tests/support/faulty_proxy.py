"""A reverse proxy in front of a real service that can be told to misbehave.

Faults are injected at the network boundary only: the services on both sides stay real. Modes:
``pass`` forwards, ``error`` answers 500, ``hang`` holds the request past the caller's timeout,
``down`` closes the connection without an answer, ``lose-answer`` forwards the request and then
closes the connection instead of answering (the service did the work; the caller never hears).

While forwarding, ``in_flight`` counts requests the upstream is working on, so a test can kill
the upstream in the middle of one; a forward that the upstream drops is answered 502 and counted
in ``upstream_failures``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal

import httpx

Mode = Literal["pass", "error", "hang", "down", "lose-answer"]
HANG_SECONDS = 30.0


class FaultyProxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.mode: Mode = "pass"
        self.requests = 0
        self.in_flight = 0
        self.upstream_failures = 0
        self.answers_lost = 0
        self.replays = 0  # answers the upstream replayed for a repeated Idempotency-Key
        self._count = threading.Lock()
        self._release = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                proxy.requests += 1
                proxy.handle(self)

            do_POST = do_PUT = do_DELETE = do_GET  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}"

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        mode = self.mode
        if mode == "down":
            request.close_connection = True
            request.connection.close()
            return
        if mode == "hang":
            self._release.wait(HANG_SECONDS)
            return
        if mode == "error":
            body = b'{"type":"about:blank","title":"Injected fault","status":500}'
            request.send_response(500)
            request.send_header("content-type", "application/problem+json")
            request.send_header("content-length", str(len(body)))
            request.end_headers()
            request.wfile.write(body)
            return
        length = int(request.headers.get("content-length") or 0)
        payload = request.rfile.read(length) if length else None
        headers = {
            k: v
            for k, v in request.headers.items()
            if k.lower() not in {"host", "content-length", "connection"}
        }
        with self._count:
            self.in_flight += 1
        try:
            upstream = httpx.request(
                request.command,
                self.upstream + request.path,
                headers=headers,
                content=payload,
                timeout=30,
            )
        except httpx.TransportError:
            with self._count:
                self.upstream_failures += 1
            body = b'{"type":"about:blank","title":"Upstream dropped the request","status":502}'
            request.send_response(502)
            request.send_header("content-type", "application/problem+json")
            request.send_header("content-length", str(len(body)))
            request.end_headers()
            request.wfile.write(body)
            return
        finally:
            with self._count:
                self.in_flight -= 1
        if upstream.headers.get("idempotent-replayed") == "true":
            with self._count:
                self.replays += 1
        if mode == "lose-answer":
            with self._count:
                self.answers_lost += 1
            request.close_connection = True
            request.connection.close()
            return
        request.send_response(upstream.status_code)
        for name, value in upstream.headers.items():
            if name.lower() not in {
                "content-length",
                "transfer-encoding",
                "connection",
                "content-encoding",
            }:
                request.send_header(name, value)
        request.send_header("content-length", str(len(upstream.content)))
        request.end_headers()
        request.wfile.write(upstream.content)

    def set(self, mode: Mode) -> None:
        self.mode = mode
        if mode != "hang":
            self._release.set()
            time.sleep(0.01)
            self._release.clear()


@contextmanager
def faulty_proxy(upstream: str) -> Iterator[FaultyProxy]:
    proxy = FaultyProxy(upstream)
    proxy.thread.start()
    try:
        yield proxy
    finally:
        proxy.set("pass")
        proxy.server.shutdown()
        proxy.server.server_close()

"""Real service processes for the end-to-end tests and the benchmarks.

Each is ``python -m services.<name> serve`` on a free port, ready once ``/readyz`` answers 200.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from harness.log_audit import service_log_problems

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningService:
    name: str
    port: int
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def migrate(name: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", f"services.{name}", "migrate"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


def start(
    name: str, env: dict[str, str], log_dir: Path, port: int | None = None, timeout: float = 30.0
) -> RunningService:
    """Start a service and wait until ``/readyz`` answers 200.

    The log is appended to, so a service restarted on its port keeps one log of all its lives.
    """
    port = port or free_port()
    log_path = log_dir / f"{name}-{port}.log"
    with log_path.open("ab") as log_file:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            [sys.executable, "-m", f"services.{name}", "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    service = RunningService(name, port, env, process, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited early:\n{service.log()}")
        try:
            if httpx.get(f"{service.url}/readyz", timeout=1).status_code == 200:
                return service
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    stop(service)
    raise RuntimeError(f"{name} did not become ready:\n{service.log()}")


def stop(service: RunningService, timeout: float = 10.0) -> None:
    """SIGTERM (SIGKILL after ``timeout``); then the log it wrote must keep the logging rules
    (harness/log_audit.py), checked here so that every test that starts a service
    checks its log."""
    if service.process.poll() is None:
        service.process.terminate()
        try:
            service.process.wait(timeout)
        except subprocess.TimeoutExpired:
            service.process.kill()
            service.process.wait()
    broken = service_log_problems(service.log_path)
    assert not broken, f"{service.name}'s log breaks the logging rules:\n" + "\n".join(broken[:20])


def kill(service: RunningService) -> None:
    """SIGKILL: the process gets no chance to finish a request, commit or release anything."""
    if service.process.poll() is None:
        service.process.kill()
        service.process.wait()


def restart(service: RunningService, timeout: float = 30.0) -> RunningService:
    """Start the same service again on its port, with the same environment and log."""
    return start(
        service.name, service.env, service.log_path.parent, port=service.port, timeout=timeout
    )


def service_env(name: str, database_url: str, **extra: str) -> dict[str, str]:
    prefix = name.upper()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("INTAKE_", "MEASURES_", "METRICS_"))
    }
    env.update({f"{prefix}_DATABASE_URL": database_url, f"{prefix}_ENVIRONMENT": "test"})
    env.update(extra)
    return env


@contextmanager
def running(name: str, database_url: str, log_dir: Path, **extra: str) -> Iterator[RunningService]:
    env = service_env(name, database_url, **extra)
    migrate(name, env)
    service = start(name, env, log_dir)
    try:
        yield service
    finally:
        stop(service)

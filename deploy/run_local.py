"""Run all three services on this machine: migrate each SQLite database, then serve.

``make run`` calls this. It prints the docs URLs and a local token, keeps the three uvicorn
processes in one terminal, and stops them all on Ctrl-C (or when one of them exits).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

SERVICES = {"intake": 8001, "measures": 8002, "metrics": 8003}
DEMO_ORG = "demo-org"


def _migrate(python: str) -> None:
    for name in SERVICES:
        print(f"== applying {name}'s migrations to its database (var/{name}.db by default)")
        subprocess.run([python, "-m", f"services.{name}", "migrate"], check=True)


def _token(python: str) -> str:
    result = subprocess.run(
        [python, "-m", "shared.auth", "token", "--org", DEMO_ORG, "--role", "leader"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def main() -> int:
    python = sys.executable
    _migrate(python)
    print("== starting the three services (logs below: one line a request, feed polls hidden)")
    processes = {
        name: subprocess.Popen(
            [python, "-m", f"services.{name}", "serve", "--port", str(port)],
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        for name, port in SERVICES.items()
    }
    print("\nLearning Loop is starting:")
    for name, port in SERVICES.items():
        print(f"  {name:<9} http://127.0.0.1:{port}/docs")
    print(f"\nA local token for org '{DEMO_ORG}', a leader with every tenant scope (12 hours):\n")
    print(f"  export TOKEN={_token(python)}\n")
    print("Press Ctrl-C to stop all three.\n", flush=True)

    stopping = False

    def stop(_signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    while not stopping and all(p.poll() is None for p in processes.values()):
        time.sleep(0.3)
    for process in processes.values():
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 10
    for process in processes.values():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())

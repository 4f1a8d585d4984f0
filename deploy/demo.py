"""Seed a realistic organization into the running services, through their public APIs.

``make demo`` calls this while ``make run`` is serving. It generates a year of care for one
organization with the synthetic generator the reliability tests use (several sites, a few dozen
clinicians, thousands of patients with demographics, referrals, encounters across modalities with
telehealth problems, consumer feedback and PHQ-9 trajectories that improve, stall or worsen,
plus the clinicians' anonymous well-being survey) and posts it in batches as an EHR and a mobile
app would. Each batch carries an Idempotency-Key derived from its content, so running the demo
twice stores nothing twice. metrics then picks everything up from the feeds by itself.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.auth import issue_local_token  # noqa: E402
from tests.synthetic.driver import Driver, Endpoints  # noqa: E402
from tests.synthetic.generator import OrgPlan, generate  # noqa: E402

DEMO_ORG = "demo-org"


def wait_until_ready(urls: list[str], seconds: float = 60) -> bool:
    """True once every service answers ``/readyz`` (``make run`` may still be migrating)."""
    deadline = time.monotonic() + seconds
    waiting = list(urls)
    while waiting and time.monotonic() < deadline:
        try:
            if httpx.get(f"{waiting[0]}/readyz", timeout=2).status_code == 200:
                waiting.pop(0)
                continue
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    return not waiting


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--intake", default="http://127.0.0.1:8001")
    parser.add_argument("--measures", default="http://127.0.0.1:8002")
    parser.add_argument("--metrics", default="http://127.0.0.1:8003")
    parser.add_argument("--org", default=DEMO_ORG)
    parser.add_argument("--patients", type=int, default=3000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    plan = OrgPlan(
        org=args.org,
        seed=args.seed,
        sites=4,
        teams_per_site=3,
        clinicians_per_team=3,
        patients=args.patients,
        start=date(2025, 12, 1),
        weeks=args.weeks,
        sessions_per_patient=12,
    )
    if not wait_until_ready([args.intake, args.measures, args.metrics]):
        print("The services are not answering: start them with `make run` first.", file=sys.stderr)
        return 2
    data = generate(plan)
    counts = ", ".join(f"{n:,} {name}" for name, n in data.counts().items())
    print(f"Seeding {args.org}: {counts}", flush=True)

    token = issue_local_token(org=args.org, scope="intake:write measures:write", ttl_seconds=3600)
    driver = Driver(Endpoints(args.intake, args.measures), token, give_up_after=300)
    started = time.monotonic()
    try:
        driver.enable_instrument("burnout1")
        report = driver.play(data)
    finally:
        driver.close()
    print(
        f"Sent {report.batches} batches in {time.monotonic() - started:.0f} s "
        f"({report.retries} retries, {len(report.refused)} items refused).",
        flush=True,
    )
    for refused in report.refused[:5]:
        print(f"  refused: {refused}", file=sys.stderr)
    print(f"\nmetrics catches up from the feeds: {args.metrics}/v1/sync/status")
    print(f"Dashboard: {args.metrics}/dashboard")
    return 1 if report.refused else 0


if __name__ == "__main__":
    sys.exit(main())

"""Seed a realistic organization into the running services, through their public APIs.

``make demo`` calls this while ``make run`` is serving. It generates a year of care for one
organization with the synthetic generator the reliability tests use (several sites, a few dozen
clinicians, thousands of patients with demographics, referrals, encounters across modalities with
telehealth problems, consumer feedback and PHQ-9 trajectories that improve, stall or worsen,
plus the clinicians' anonymous well-being survey, the staff roster with its leavers and each
team's funded establishment, safety events reported by staff, clinicians
following the raised alerts through, and the feedback team's themes, tags and one published "you
said, we did") and posts it in batches as an EHR and a mobile app would.
Each batch carries an Idempotency-Key derived from its content, so running the demo twice stores
nothing twice. metrics then picks everything up from the feeds by itself.

The year ends this week, so the dashboard's latest months are the current ones, and referrals
keep arriving all year, as in a service in steady state. Five smaller peer organizations are
seeded too and all six are members of one collaborative (the demo org creates it, the others
apply and it approves them), because a benchmark needs at least five anonymized peers. A
re-run on a later day shifts the year: encounters already resolved then refuse the shifted
status changes (409 items); ``make clean`` starts afresh.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.auth import issue_local_token  # noqa: E402
from synthetic.driver import Driver, DriveReport, Endpoints  # noqa: E402
from synthetic.generator import OrgPlan, generate  # noqa: E402
from synthetic.projects import demo_projects, put_projects  # noqa: E402
from synthetic.safety import safety_events  # noqa: E402
from synthetic.staff_survey import survey_round  # noqa: E402
from synthetic.workforce import workforce  # noqa: E402

DEMO_ORG = "demo-org"
COLLABORATIVE_NAME = "Demo collaborative"
PEERS = 5
PEER_PATIENTS = 400


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


def year_start(today: date, weeks: int) -> date:
    """The Monday ``weeks`` weeks before this week's Monday."""
    return today - timedelta(days=today.weekday(), weeks=weeks)


def seed(plan: OrgPlan, endpoints: Endpoints, *, voice: bool = False) -> DriveReport:
    """Generate one organization and post it through the public batch endpoints; with
    ``voice``, its feedback team also themes the feedback and publishes a response."""
    data = generate(plan)
    counts = ", ".join(f"{n:,} {name}" for name, n in data.counts().items())
    print(f"Seeding {plan.org}: {counts}", flush=True)
    scope = (
        "intake:write intake:read intake:feedback-review intake:workforce "
        "measures:read measures:write"
    )
    token = issue_local_token(org=plan.org, scope=scope, ttl_seconds=3600)
    driver = Driver(endpoints, token, give_up_after=300)
    try:
        driver.enable_instrument("burnout1")
        report = driver.play(data)
        end = plan.start + timedelta(weeks=plan.weeks)
        staff = workforce(plan.seed, data.encounters, start=plan.start, end=end)
        driver.send_workforce(staff)
        left = sum(1 for s in staff.staff if "ended_on" in s)
        print(f"  {len(staff.staff)} staff records ({left} leavers), "
              f"{len(staff.establishments)} team establishments", flush=True)  # fmt: skip
        reports = safety_events(plan.seed, data.encounters, datetime.now(UTC))
        print(f"  {len(reports)} safety events reported", flush=True)
        driver.report_safety_events(reports)
        print(f"  {driver.follow_alerts_through()} alerts followed through", flush=True)
        if voice:
            themed = f"{driver.give_voice()} feedback submissions themed"
            print(f"  {themed}, 1 'you said, we did' published", flush=True)
            staff_survey(plan, endpoints.measures)
        return report
    finally:
        driver.close()


def staff_survey(plan: OrgPlan, measures: str) -> None:
    """One anonymous staff survey round over the org's teams, answered and closed."""
    scope = "measures:staff-surveys measures:write"
    token = issue_local_token(org=plan.org, scope=scope, ttl_seconds=600)
    with (
        httpx.Client(headers={"Authorization": f"Bearer {token}"}, timeout=30) as admin,
        httpx.Client(timeout=30) as respondent,
    ):
        done = survey_round(plan, measures, admin, respondent, datetime.now(UTC).date())
    if done is not None:
        print(f"  staff survey: {done.answered} of {done.invited} staff answered", flush=True)


def _headers(org: str) -> dict[str, str]:
    token = issue_local_token(org=org, scope="metrics:read metrics:admin", ttl_seconds=600)
    return {"Authorization": f"Bearer {token}"}


#: The demo's measurement plan (the same for every organization): a PHQ-9 at the first kept
#: session, then every second kept session or 28 days (a week of grace on the days), as the
#: synthetic clinics measure: so each PHQ-9 a patient skips is a missed measurement.
#: The on-schedule rate reads it; its missed measurements differ by group because the
#: synthetic patients skip PHQ-9s at different rates (``synthetic.episodes``).
MEASUREMENT_PLAN = {
    "instrument_id": "phq9", "baseline_within_sessions": 1, "every_sessions": 2,
    "every_days": 28, "grace_sessions": 0, "grace_days": 7,
    "note": "Demo plan: PHQ-9 at baseline, then every other session or four weeks.",
}  # fmt: skip


def set_measurement_plan(metrics: str, org: str) -> None:
    """PUT the demo's plan (idempotent: a re-run replaces it with itself)."""
    token = issue_local_token(org=org, scope="metrics:write", ttl_seconds=600)
    answer = httpx.put(
        f"{metrics}/v1/measurement-plans/demo-phq9", json=MEASUREMENT_PLAN,
        headers={"Authorization": f"Bearer {token}"},
    )  # fmt: skip
    answer.raise_for_status()


def join_collaborative(metrics: str, orgs: list[str]) -> str:
    """The first organization creates the demo collaborative (once: a re-run finds it by
    name), the others apply, and the owner approves them; its id."""
    owner, *others = orgs
    mine = httpx.get(f"{metrics}/v1/collaboratives", headers=_headers(owner))
    mine.raise_for_status()
    found = [c for c in mine.json()["items"] if c["name"] == COLLABORATIVE_NAME]
    if found:
        cid = str(found[0]["collaborative_id"])
    else:
        headers = {**_headers(owner), "Idempotency-Key": "demo-collaborative"}
        body = {"name": COLLABORATIVE_NAME}
        created = httpx.post(f"{metrics}/v1/collaboratives", json=body, headers=headers)
        created.raise_for_status()
        cid = str(created.json()["collaborative_id"])
    url = f"{metrics}/v1/collaboratives/{cid}"
    for org in others:
        httpx.put(f"{url}/membership", headers=_headers(org)).raise_for_status()
        decided = httpx.put(
            f"{url}/members/{org}", json={"status": "approved"}, headers=_headers(owner)
        )
        decided.raise_for_status()
    return cid


def seed_governance(metrics: str, cid: str, orgs: list[str]) -> None:
    """The second organization facilitates and is named to peers; a coach, a family advisor
    and two learning sessions with attendance. Every call is an idempotent PUT."""
    if len(orgs) < 2:
        return
    owner, facilitator, *_ = orgs
    url = f"{metrics}/v1/collaboratives/{cid}"
    puts = [
        (owner, f"{url}/members/{facilitator}", {"status": "approved", "role": "facilitator"}),
        (facilitator, f"{url}/naming", {"label": "Riverside Community Clinic"}),
        (owner, f"{url}/people/coach-1", {"label": "QI coach", "role": "coach"}),
        (owner, f"{url}/people/family-1", {"label": "Family advisor", "role": "family"}),
    ]
    for n, (day, topic) in enumerate(
        [
            (date.today().replace(day=3), "Reminder calls"),
            (date.today().replace(day=17), "Measurement-based care"),
        ]
    ):
        attendance = {org: 1 + (i + n) % 3 for i, org in enumerate(orgs) if (i + n) % 4}
        body = {"held_on": day.isoformat(), "topic": topic, "attendance": attendance}
        puts.append((facilitator, f"{url}/sessions/session-{n + 1}", body))
    for org, target, body in puts:
        httpx.put(target, json=body, headers=_headers(org)).raise_for_status()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--intake", default="http://127.0.0.1:8001")
    parser.add_argument("--measures", default="http://127.0.0.1:8002")
    parser.add_argument("--metrics", default="http://127.0.0.1:8003")
    parser.add_argument("--org", default=DEMO_ORG)
    parser.add_argument("--patients", type=int, default=3000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--peers", type=int, default=PEERS, help="peer organizations to seed")
    parser.add_argument("--peer-patients", type=int, default=PEER_PATIENTS)
    args = parser.parse_args(argv)

    start = year_start(date.today(), args.weeks)
    plans = [
        OrgPlan(
            org=args.org,
            seed=args.seed,
            sites=4,
            teams_per_site=3,
            clinicians_per_team=3,
            patients=args.patients,
            start=start,
            weeks=args.weeks,
            sessions_per_patient=12,
            referral_weeks=args.weeks - 4,
        )
    ]
    plans += [
        OrgPlan(
            org=f"peer-org-{n}",
            seed=args.seed + n,
            sites=1,
            teams_per_site=2,
            clinicians_per_team=3,
            patients=args.peer_patients,
            start=start,
            weeks=args.weeks,
            sessions_per_patient=8 + n,
            referral_weeks=args.weeks - 4,
        )
        for n in range(1, args.peers + 1)
    ]
    if not wait_until_ready([args.intake, args.measures, args.metrics]):
        print("The services are not answering: start them with `make run` first.", file=sys.stderr)
        return 2
    endpoints = Endpoints(args.intake, args.measures)
    started = time.monotonic()
    reports = [seed(plan, endpoints, voice=plan.org == args.org) for plan in plans]
    cid = join_collaborative(args.metrics, [plan.org for plan in plans])
    seed_governance(args.metrics, cid, [plan.org for plan in plans])
    if len(plans) > 1:  # improvement projects, one of them a peer's shared one
        put_projects(args.metrics, demo_projects(args.org, plans[1].org, cid, start))
    for plan in plans:
        set_measurement_plan(args.metrics, plan.org)
    refused = [item for report in reports for item in report.refused]
    print(
        f"Sent {sum(r.batches for r in reports)} batches in {time.monotonic() - started:.0f} s "
        f"({sum(r.retries for r in reports)} retries, {len(refused)} items refused); "
        f"{len(plans)} organizations are members of the collaborative {cid!r}.",
        flush=True,
    )
    for item in refused[:5]:
        print(f"  refused: {item}", file=sys.stderr)
    print(f"\nmetrics catches up from the feeds: {args.metrics}/v1/sync/status")
    print(f"Dashboard: {args.metrics}/dashboard (sign in with the token `make run` printed)")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())

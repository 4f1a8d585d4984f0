"""The burst of ``burst.py`` driven by wrk, a C load generator, with /healthz watched.

``burst.py``'s client is Python: its 60 coroutines take most of a core of a 2-core machine,
and the server's figures then include that competition. Here wrk (Debian's package:
``apt-get install wrk``) sends the same mix of every read and write route, built by
``burst.py``'s own request builders, so the client costs a fraction of that. Each service is
measured in turn against a ceiling taken in the same run: wrk on ``/healthz`` alone, the most
this service answers on this machine when it does nothing else.

    .venv/bin/python benchmarks/burst_wrk.py --seconds 20 --concurrency 60
    TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python benchmarks/burst_wrk.py --seconds 20 --concurrency 60

Figures are recorded in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.burst import Outcome, _health_watched, cluster, percentile
from benchmarks.burst_calls import CALLS
from benchmarks.burst_requests import Call, bearer, seed
from shared.auth.roles import OPERATOR_SCOPE, TENANT_SCOPES

#: How many distinct requests each service's script cycles through (ids stay unique for a run
#: of about this many requests; beyond, a request repeats an earlier one, which every route
#: answers as a resend).
DISTINCT_REQUESTS = 4000

_LUA = """
local requests = {%(requests)s}
local authorization = [==[%(authorization)s]==]
local counter = 0
statuses = {}
local threads = {}

function setup(thread)
  thread:set("offset", #threads * 7919)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local r = requests[((counter + offset) %% #requests) + 1]
  return wrk.format(r.method, r.path,
    {["Authorization"] = authorization, ["Content-Type"] = r.media}, r.body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get("statuses")) do
      io.write("STATUS\\t" .. key .. "\\t" .. count .. "\\n")
    end
  end
end
"""


def _lua_string(text: str) -> str:
    return f"[==[{text}]==]"


def lua_script(calls: list[Call], authorization: str) -> str:
    """The wrk script sending ``calls`` round-robin, as ``burst.py`` orders them."""
    entries = []
    for n in range(DISTINCT_REQUESTS):
        call = calls[n % len(calls)]
        path = call.path(n) + (f"?{urlencode(call.params)}" if call.params else "")
        body = "nil" if call.body is None else _lua_string(json.dumps(call.body(n)))
        entries.append(
            "{"
            f"method={_lua_string(call.method)}, path={_lua_string(path)}, "
            f"media={_lua_string(call.media)}, body={body}"
            "}"
        )
    return _LUA % {"requests": ",\n".join(entries), "authorization": authorization}


@dataclass
class WrkRun:
    """What wrk printed of one run."""

    requests_per_second: float
    percentiles: dict[str, float]  # "50%" -> seconds
    #: Answers by status, over every route (wrk cannot tell which request a response answers).
    statuses: dict[int, int] = field(default_factory=dict)


_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}


def _seconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def parse(output: str) -> WrkRun:
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    percentiles = {
        m.group(1): _seconds(m.group(2))
        for m in re.finditer(r"^\s+(50|75|90|99)%\s+([\d.]+\w+)", output, re.MULTILINE)
    }
    run = WrkRun(rate, {f"{k}%": v for k, v in percentiles.items()})
    for line in output.splitlines():
        if line.startswith("STATUS\t"):
            _, status, count = line.split("\t")
            run.statuses[int(status)] = run.statuses.get(int(status), 0) + int(count)
    return run


def wrk(url: str, seconds: int, concurrency: int, script: Path | None = None) -> WrkRun:
    command = ["wrk", "-t2", f"-c{concurrency}", f"-d{seconds}s", "--latency", "--timeout", "30s"]
    if script is not None:
        command += ["-s", str(script)]
    done = subprocess.run([*command, url], capture_output=True, text=True, check=True)
    return parse(done.stdout)


def failures(run: WrkRun) -> int:
    """Server errors other than the 503 with Retry-After a busy database is answered with:
    every route of the mix may answer 4xx (a resent id, a refused state change), none 5xx."""
    return sum(count for status, count in run.statuses.items() if status >= 500 and status != 503)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=20, help="per service")
    parser.add_argument("--concurrency", type=int, default=60)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    lines = [
        "| service | ceiling req/s (/healthz alone) | burst req/s | p50 | p99 | 503 shed "
        "| other 5xx | /healthz p50 | p99 | max |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as folder, cluster(Path(folder)) as services:
        org = f"org-burst-{uuid.uuid4().hex[:8]}"
        seeded = seed({name: s.url for name, s in services.items()}, org)
        authorization = bearer(org, f"{TENANT_SCOPES} {OPERATOR_SCOPE}")["Authorization"]
        for name, build in CALLS.items():
            url = services[name].url
            calls = build(seeded)
            script = Path(folder) / f"{name}.lua"
            script.write_text(lua_script(calls, authorization))
            ceiling = wrk(f"{url}/healthz", 5, args.concurrency)
            watched = Outcome(name)
            with _health_watched(url, watched):
                run = wrk(url, args.seconds, args.concurrency, script)
            health = sorted(watched.health)
            shed = run.statuses.get(503, 0)
            p50, p99 = run.percentiles["50%"] * 1000, run.percentiles["99%"] * 1000
            lines.append(
                f"| {name} | {ceiling.requests_per_second:.0f} | {run.requests_per_second:.0f} "
                f"| {p50:.0f} ms | {p99:.0f} ms "
                f"| {shed} | {failures(run)} | {percentile(health, 0.5) * 1000:.1f} ms "
                f"| {percentile(health, 0.99) * 1000:.1f} ms | {health[-1] * 1000:.1f} ms |"
            )
            notes.append(f"{name}: answers by status {dict(sorted(run.statuses.items()))}")
            notes += [f"{name}: /healthz failure {f}" for f in watched.health_failures[:3]]
    print("\n".join(lines + notes))


if __name__ == "__main__":
    main()

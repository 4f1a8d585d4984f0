"""Benchmark: scored responses per second, in process (not collected by pytest).

Run from the repository root:  .venv/bin/python -m benchmarks.measures_scoring_bench [--seconds 3]
Prints one line per workload; the target is >= 50,000 scored responses per second on one core
of a 2-core machine (``--processes 2`` shows the two-core figure).
"""

from __future__ import annotations

import argparse
import random
import time
from concurrent.futures import ProcessPoolExecutor

from services.measures.instruments.catalog import default_catalog
from services.measures.scoring.engine import scorer_for

WORKLOADS = {
    "phq9": ["phq9"],
    "gad7": ["gad7"],
    "pcl5": ["pcl5"],
    "mixed (phq9, gad7, phq2, auditc, core10, k10)": [
        "phq9",
        "gad7",
        "phq2",
        "auditc",
        "core10",
        "k10",
    ],
}


def _responses(instrument_ids: list[str], n: int, seed: int) -> list[tuple[object, dict[str, int]]]:
    rng = random.Random(seed)
    catalog = default_catalog()
    out = []
    for k in range(n):
        inst = catalog.get(instrument_ids[k % len(instrument_ids)])
        answers = {
            item.id: rng.choice(inst.answer_list(item.answers).options).value for item in inst.items
        }
        out.append((scorer_for(inst), answers))
    return out


def run(instrument_ids: list[str], seconds: float, seed: int = 1) -> float:
    """Score pre-built responses for ``seconds``; return responses per second."""
    batch = _responses(instrument_ids, 20_000, seed)
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for scorer, answers in batch:
            scorer.score(answers)  # type: ignore[attr-defined]
        done += len(batch)
    return done / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    for name, ids in WORKLOADS.items():
        if args.processes == 1:
            rate = run(ids, args.seconds)
        else:
            with ProcessPoolExecutor(args.processes) as pool:
                rates = pool.map(
                    run,
                    [ids] * args.processes,
                    [args.seconds] * args.processes,
                    range(args.processes),
                )
                rate = sum(rates)
        print(f"{name:48s} {rate:>10,.0f} scored/s ({args.processes} process(es))")


if __name__ == "__main__":
    main()

"""Scenario: a ``metrics:read`` caller of an org tries to recover small counts by arithmetic.

The org's quarter of appointments (:mod:`.synthetic`: small teams, clinicians, modalities,
equity groups and days beside large ones) goes in through intake and the feed. The caller
then collects every kept-rate cell it can get (values at every level, period and filter value
over overlapping ranges, some a day apart, as JSON and CSV; equity by race and language for
the org, each site and team; every clinician's report; FHIR MeasureReports of the small units)
and solves for hidden counts by exact integer programming over the additive relations it knows
(:mod:`.solver`). No count of 1..10 appointments that it was not shown, directly or as the
difference of two cells one inside the other, may come out determined.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from tests.metrics.disclosure.attack import leaks, targets
from tests.metrics.disclosure.collector import Cell, Collector, observations, rounding_bases
from tests.metrics.disclosure.conftest import Deployment
from tests.metrics.disclosure.plan import Plan, collect
from tests.metrics.disclosure.regions import Structure
from tests.metrics.disclosure.solver import Model
from tests.metrics.disclosure.synthetic import LANGUAGES, MODALITIES, RACES, SERVICE_LINES
from tests.support.tokens import bearer

Q1 = (date(2026, 1, 1), date(2026, 3, 31))
A_DAY_LATER = (date(2026, 1, 2), date(2026, 3, 31))
MID = (date(2026, 1, 12), date(2026, 2, 15))
MID_A_DAY_LONGER = (date(2026, 1, 12), date(2026, 2, 16))
FEBRUARY = (date(2026, 2, 1), date(2026, 2, 28))

FAST = Plan(
    full=((None, None),),
    partial=(Q1, A_DAY_LATER, MID, MID_A_DAY_LONGER),
    equity_ranges=(Q1, A_DAY_LATER),
    equity_by=("race", "language"),
    report_ranges=(Q1, A_DAY_LATER, MID),
    measure_report_days=(date(2026, 1, 14), date(2026, 2, 11), date(2026, 3, 11)),
)
SLOW = Plan(
    full=((None, None), Q1, A_DAY_LATER, MID, MID_A_DAY_LONGER, FEBRUARY),
    partial=((date(2026, 2, 2), date(2026, 2, 28)), (date(2026, 3, 1), date(2026, 3, 30))),
    equity_ranges=(Q1, A_DAY_LATER, MID, MID_A_DAY_LONGER, FEBRUARY),
    equity_by=("race", "language"),
    report_ranges=(Q1, A_DAY_LATER, MID, MID_A_DAY_LONGER, FEBRUARY),
    measure_report_days=(date(2026, 1, 5), date(2026, 1, 14), date(2026, 2, 11),
                         date(2026, 3, 11), date(2026, 3, 30)),
)  # fmt: skip


def rounded_to_5(cells: list[Cell]) -> list[Cell]:
    """The cells as if every published count were rounded to the nearest multiple of 5."""

    def r(v: int | None) -> int | None:
        return None if v is None else 5 * round(v / 5)

    return [replace(c, numerator=r(c.numerator), denominator=r(c.denominator)) for c in cells]


def attack(deployment: Deployment, plan: Plan, *, rewrite: Callable | None = None) -> None:
    truth = deployment.truth
    structure = Structure(truth.org, truth.clinicians)
    began = time.monotonic()
    collector = Collector(deployment.metrics, structure, bearer(truth.org, "metrics:read"))
    teams = sorted({t for t, _ in truth.clinicians.values()})
    sites = sorted({s for _, s in truth.clinicians.values()})
    filters = [{}, *({"modality": m} for m in MODALITIES),
               *({"service_line": s} for s in SERVICE_LINES)]  # fmt: skip
    collect(collector, plan, sites=sites, teams=teams, clinicians=sorted(truth.clinicians),
            filters=filters, modalities=MODALITIES)  # fmt: skip
    collected = time.monotonic()
    cells = collector.cells if rewrite is None else rewrite(collector.cells)
    bases = rounding_bases(cells)
    seen = observations(cells, bases)
    [threshold] = collector.thresholds
    model = Model(
        seen,
        leaves=structure.leaves(),
        categories={"modality": MODALITIES, "service_line": SERVICE_LINES,
                    "race": RACES, "language": LANGUAGES},
        threshold=threshold,
    )  # fmt: skip
    x = model.truth_vector(truth.appointments)
    wrong = model.violations(x)
    assert not wrong, "the attacker misread what was published:\n" + "\n".join(wrong[:20])
    for o in seen[:: max(1, len(seen) // 200)]:  # the model counts as the data do
        assert round(sum(x[i] * v for i, v in model.expr(o.region).items())) == o.region.truth(
            truth.appointments
        ), o.region.label()
    goals, hidden, pairs = targets(model, x)
    outcome = leaks(model, goals, x, max_found=12)
    found = outcome.leaks
    solved = time.monotonic()
    summary = (
        f"{collector.requests} requests ({collector.refused} refused), {len(cells)} cells "
        f"({sum(c.hidden for c in cells)} hidden), rounding read per response kind "
        f"{bases}; {len(model.var)} variables, "
        f"{len(model.rows)} constraints; {hidden} hidden counts and {pairs} additive pairs "
        f"checked, {len(goals)} distinct small hidden quantities ({outcome.opened_by_witnesses} "
        f"shown open by witness tables, {outcome.decided_one_by_one} decided one by one"
        f"{', stopped at the first leaks' if outcome.stopped_early else ''}); collected in "
        f"{collected - began:.1f} s, solved in {solved - collected:.1f} s"
    )
    print(summary)
    channels = Counter(f.target.channel for f in found)
    examples = "\n".join(
        f"  {f.target.truth} = {f.target.label}" for f in found[:: max(1, len(found) // 25)]
    )
    assert not found, (
        f"{len(found)} small hidden counts are determined by what a caller can request "
        f"({summary}).\nBy channel: {dict(channels.most_common())}\nFor example:\n{examples}"
    )
    assert len(goals) > 20, "the data must have small hidden counts for the attack to try"
    published = sum(not c.hidden for c in cells)
    assert published >= 100, f"only {published} cells published: a blank report passes trivially"


def test_no_small_count_can_be_derived_from_what_a_caller_can_request(
    deployment: Deployment,
) -> None:
    attack(deployment, FAST)


@pytest.mark.slow
def test_no_small_count_can_be_derived_from_a_larger_collection(deployment: Deployment) -> None:
    attack(deployment, SLOW)


@pytest.mark.slow
def test_the_attack_can_be_defeated_rounding_alone_closes_these_leaks(
    deployment: Deployment,
) -> None:
    """The same collection with every published count rounded to 5 afterwards (today's
    suppression, no snapping of ranges): nothing small comes out. The attacker test is one a
    publication can pass; which cells are published is the service's part."""
    attack(deployment, FAST, rewrite=rounded_to_5)

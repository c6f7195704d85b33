"""What running the 766 index's case choice through durable_rules would cost, against the Python
scoring the `index766` command does now (`IndexScorer.score_each`).

    .venv/bin/python benchmarks/index766_engine.py [--units 3355] [--repeats 5]

The index rubric's arithmetic is Decimal in `cchc_rules/index766.py`; only the choice of each
indicator's case is something an engine could make: the denominator empty (its rule), the rate
at or above the point where the term reaches its cap (full), or below it (the slope). This builds
that choice as a durable ruleset from the bundled rubric (three rules per indicator) and runs one
session per unit on seeded counts, in a stock durable Host without timer threads, as
`engine_overhead.py`'s bare side does. In the same run it times the whole Python scoring of the
same counts (the case choice, the points, the shares, the groups, the band). The rates are sent as
whole basis points (durable coerces numbers; ENGINE-NOTES.md). Interleaved runs, median.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from durable import engine as durable  # type: ignore[import-untyped]  # noqa: E402

from cchc_rules.dossiers.counts import MetricCount  # noqa: E402
from cchc_rules.index766 import IndexScorer  # noqa: E402
from cchc_rules.rulepack.load import load_rules  # noqa: E402
from cchc_rules.rulepack.rubric_766 import IndexRubricFile, chosen  # noqa: E402

PERIOD, PROVINCE = "2026", "92"


class _BareHost(durable.Host):  # type: ignore[misc]
    def _run(self) -> None:
        """No background timer threads (they race with asserts)."""


def full_at_bp(rubric: IndexRubricFile, indicator: Any) -> int:
    """The rate (basis points) from which the indicator's term is at its cap."""
    conversion, _, _ = chosen(indicator, rubric.index.variant)
    top = Decimal(str(conversion.cap if conversion.cap is not None else indicator.max))
    if conversion.full_at is not None:
        return int(Decimal(str(conversion.full_at)) * 10_000)
    slope = Decimal(str(conversion.slope)) if conversion.slope is not None else Decimal(str(indicator.max))
    return int(top / slope * 10_000)


def ruleset(rubric: IndexRubricFile, record: Any) -> dict[str, Any]:
    rules: dict[str, Any] = {}
    for group in rubric.groups:
        for ind in group.indicators:
            at = full_at_bp(rubric, ind)
            base = [{"t": "ind"}, {"metric": ind.metric}]
            cases = {"empty": [{"den": 0}], "full": [{"$gt": {"den": 0}}, {"$gte": {"rate_bp": at}}],
                     "slope": [{"$gt": {"den": 0}}, {"$lt": {"rate_bp": at}}]}
            for case, tests in cases.items():
                rule_id = f"{ind.metric}:{case}"
                rules[rule_id] = {"all": [{"m": {"$and": base + tests}}], "run": record(rule_id)}
    return rules


def counts(rubric: IndexRubricFile, units: int) -> tuple[list[str], list[MetricCount]]:
    generator = random.Random(766)
    codes = [f"{n:05d}" for n in range(1, units + 1)]
    rows: list[MetricCount] = []
    for unit in [*codes, PROVINCE]:
        for group in rubric.groups:
            for ind in group.indicators:
                den = generator.choice([0, generator.randint(1, 5000)])
                rows.append(MetricCount(unit, PERIOD, ind.metric, generator.randint(0, den) if den else None,
                                        den or None, "metric_counts.csv"))
    return codes, rows


def facts_of(rows: list[MetricCount]) -> dict[str, list[dict[str, Any]]]:
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for k, c in enumerate(rows):
        den = c.denominator or 0
        rate = (c.numerator or 0) * 10_000 // den if den else 0
        by_unit.setdefault(c.unit, []).append({"id": f"f{k}", "t": "ind", "metric": c.metric, "den": den,
                                               "rate_bp": rate})
    return by_unit


def run_engine(rubric: IndexRubricFile, codes: list[str], rows: list[MetricCount]) -> tuple[float, int]:
    fired: list[str] = []

    def record(rule_id: str) -> Any:
        def run(c: Any) -> None:
            fired.append(rule_id)

        return run

    host = _BareHost()
    host.set_rulesets({"idx": ruleset(rubric, record)})
    by_unit = facts_of(rows)
    start = time.perf_counter()
    for n, unit in enumerate(codes):
        sid = f"s{n}-{time.perf_counter_ns()}"  # new session ids every repeat
        host.assert_facts("idx", [{**f, "sid": sid} for f in by_unit[unit]])
        host.delete_state("idx", sid)
    return time.perf_counter() - start, len(fired)


def run_python(rubric: IndexRubricFile, codes: list[str], rows: list[MetricCount]) -> tuple[float, int]:
    start = time.perf_counter()
    scores = IndexScorer(rubric, PROVINCE).score_each(codes, PERIOD, rows)
    return time.perf_counter() - start, sum(len(g.indicators) for s in scores for g in s.groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=3355, help="units (the country: 3,321 wards + 34 provinces)")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    rubric = load_rules().indexes["scoring/2026-766.yaml"]
    codes, rows = counts(rubric, args.units)
    per_unit = len(rows) // (len(codes) + 1)
    engine, python = [], []
    for repeat in range(args.repeats):
        order = (run_engine, run_python) if repeat % 2 == 0 else (run_python, run_engine)
        for runner in order:
            seconds, done = runner(rubric, codes, rows)
            if done != len(codes) * per_unit:
                raise SystemExit(f"{runner.__name__}: {done} cases for {len(codes) * per_unit} indicators")
            (engine if runner is run_engine else python).append(seconds)
    e, p = statistics.median(engine), statistics.median(python)
    print(f"{len(codes)} units × {per_unit} indicators, {3 * per_unit} rules, median of {args.repeats}: "
          f"durable case choice {e:.2f} s ({e / len(codes) * 1e3:.2f} ms per unit) | Python scoring, all of it "
          f"{p:.2f} s | ratio {e / p:.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

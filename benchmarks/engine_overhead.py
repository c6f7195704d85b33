"""Engine overhead: facts per second through our adapter (EngineHost.run) against asserting the same
facts straight into a bare synchronous durable_rules host with the same ruleset JSON.

The facts are the obligations of one commune-quarter (the bundled Trường Xuân 2026-Q3, or
--period), replicated over many sessions (one session id per copy, as a batch has one per unit).
Both sides register the ruleset once, then per session assert the facts in one batch, collect
the matches and delete the session. The bare host gets exactly what our adapter registers
(the compiled rules plus its catch-all sink rule, without which durable refuses a batch holding a
fact no rule matches), with plain recording actions; it skips what the adapter adds: checking
facts and ids, hash-clash checks, draining pending actions, sorting and de-duplicating firings.

    .venv/bin/python benchmarks/engine_overhead.py [--sessions 300] [--repeats 5] [--period 2026-Q3]
"""

from __future__ import annotations

import argparse
import copy
import gc
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from durable import engine as durable  # type: ignore[import-untyped]  # noqa: E402

from cchc_rules import engine as ours  # noqa: E402
from cchc_rules.compile import compile_quarter  # noqa: E402
from cchc_rules.facts.load import load_facts  # noqa: E402
from cchc_rules.obligations import build_obligations  # noqa: E402
from cchc_rules.periods import Quarter, default_as_of  # noqa: E402
from cchc_rules.rulepack.load import bundled_data_dir, load_rules  # noqa: E402


def commune_quarter(period: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The compiled quarter ruleset and the engine facts of the bundled unit's quarter."""
    pack = load_rules()
    year, number = int(period[:4]), int(period[-1])
    quarter = Quarter(year, number)
    facts = load_facts(bundled_data_dir() / period, pack, period)
    as_of = default_as_of(pack.reporting.calendar, quarter, pack.reporting.duties)
    obligations = build_obligations(pack, facts, quarter, as_of)
    return compile_quarter(pack, year).ruleset(), [o.fact for o in obligations]


def run_ours(ruleset: dict[str, Any], facts: list[dict[str, Any]], sessions: int) -> tuple[float, int]:
    host = ours.EngineHost()
    shared = ours.SharedRuleset(ruleset)  # as evaluate.py passes it
    host.run(shared, "warm", facts)
    fired = 0
    start = time.perf_counter()
    for i in range(sessions):
        fired += len(host.run(shared, f"u{i}", facts))
    return time.perf_counter() - start, fired


class _BareHost(durable.Host):  # type: ignore[misc]
    def _run(self) -> None:
        """No background timer threads (they race with asserts)."""


def run_bare(ruleset: dict[str, Any], facts: list[dict[str, Any]], sessions: int) -> tuple[float, int]:
    matches: list[Any] = []

    def record(c: Any) -> None:
        matches.append(c._m)  # noqa: SLF001

    definition = copy.deepcopy(ruleset["rules"])
    for rule in definition.values():
        rule["run"] = record
    sink = ours._sink_rule()  # noqa: SLF001 - the same catch-all rule our adapter adds
    definition[ours.SINK_RULE] = {**sink, "run": record}
    host = _BareHost()
    host.set_rulesets({"bare": definition})
    ordered = sorted(facts, key=lambda f: f["id"])

    def session(sid: str) -> None:
        host.assert_facts("bare", [{**f, "sid": sid} for f in ordered])
        host.delete_state("bare", sid)

    session("warm")
    matches.clear()
    start = time.perf_counter()
    for i in range(sessions):
        session(f"u{i}")
    return time.perf_counter() - start, len(matches)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--period", default="2026-Q3")
    args = parser.parse_args(argv)
    ruleset, facts = commune_quarter(args.period)
    total = len(facts) * args.sessions
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    fired: dict[str, int] = {}
    for _ in range(args.repeats):  # interleaved, so a busy moment hurts both sides alike
        for name, runner in (("bare", run_bare), ("ours", run_ours)):
            gc.collect()
            seconds, fired[name] = runner(ruleset, facts, args.sessions)
            times[name].append(seconds)
    rate = {name: total / statistics.median(values) for name, values in times.items()}
    print(f"{len(facts)} facts × {args.sessions} sessions, {len(ruleset['rules'])} rules, "
          f"median of {args.repeats}")
    for name in ("bare", "ours"):
        print(f"  {name:5} {rate[name]:>10,.0f} facts/s  ({statistics.median(times[name]) * 1000:.0f} ms; "
              f"{fired[name] / args.sessions:.0f} firings per session)")
    print(f"  ratio (bare / ours): {rate['bare'] / rate['ours']:.2f}× slower through the adapter "
          "(target ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Engine overhead: facts per second through our adapter (EngineHost.run) against asserting the same
facts straight into a bare synchronous durable_rules host with the same ruleset JSON.

The facts are the obligations of one commune-quarter (the bundled Trường Xuân 2026-Q3, or
--period), replicated over many sessions (one session id per copy, as a batch has one per unit;
new ones every repeat, and the ids of facts from the unit's own data, its feedback items, are
its own: see `units`). Every side registers the ruleset once, then per session asserts the facts
in one batch, collects (rule id, fact ids) of each match and deletes the session. The bare hosts
get exactly what our adapter registers (the compiled rules plus its catch-all sink rule, without
which durable refuses a batch holding a fact no rule matches); they skip what the adapter adds:
checking facts and ids, hash-clash checks, the pattern guards and session marker, draining
pending actions, sorting and de-duplicating firings.

- bare: durable's stock Host (its Python layer runs the actions): the target's reference.
- lean: the same rules driven as the adapter drives durable (the JSON written by the caller,
  actions run straight on the C core): ours against it is the adapter's own cost.

The sides run interleaved, the first alternating, and must find the same firings.

    .venv/bin/python benchmarks/engine_overhead.py [--sessions 300] [--repeats 9] [--period 2026-Q3]
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
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
from cchc_rules.engine_patterns import sink_rule  # noqa: E402
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
    return compile_quarter(pack, year).ruleset(), sorted((o.fact for o in obligations), key=lambda f: f["id"])


Fact = dict[str, Any]
Fired = set[tuple[str, tuple[tuple[str, str], ...]]]  # rule, (pattern, fact id)...


def units(facts: list[Fact], repeat: int, sessions: int) -> list[tuple[str, list[Fact]]]:
    """One (session id, facts) per simulated unit, made before timing. Session ids are new every
    repeat, and the ids of facts that come from a unit's own data (its feedback items, kind
    "pakn") are its own, as in a real batch: nothing the adapter remembers by id (durable's hash
    of an id) carries over from one unit or repeat to the next. Ids from the rule pack (tasks,
    reports, indicators) are the same in every unit of a real batch, and so here."""
    out = []
    for i in range(sessions):
        sid = f"r{repeat}-u{i}"
        own = [{**fact, "id": f"{fact['id']}@{sid}"} if fact["kind"] == "pakn" else fact for fact in facts]
        out.append((sid, own))
    return out


def run_ours(ruleset: dict[str, Any], warm: list[Fact], batch: list[tuple[str, list[Fact]]]) -> tuple[float, int, Fired]:
    host = ours.EngineHost()
    shared = ours.SharedRuleset(ruleset)  # as pipeline.RuleMemo passes it
    found = host.run(shared, "warm", warm)
    fired = 0
    start = time.perf_counter()
    for sid, facts in batch:
        fired += len(host.run(shared, sid, facts))
    seconds = time.perf_counter() - start
    return seconds, fired, {(f.rule, tuple(sorted((n, x["id"]) for n, x in f.facts.items()))) for f in found}


class _BareHost(durable.Host):  # type: ignore[misc]
    def _run(self) -> None:
        """No background timer threads (they race with asserts)."""


def run_bare(ruleset: dict[str, Any], warm: list[Fact], batch: list[tuple[str, list[Fact]]]) -> tuple[float, int, Fired]:
    matches: list[tuple[str, dict[str, str]]] = []

    def recorder(rule_id: str) -> Any:
        def record(c: Any) -> None:  # the least a caller needs: which rule, which facts
            matches.append((rule_id, {name: fact["id"] for name, fact in c._m.items()}))  # noqa: SLF001

        return record

    definition = copy.deepcopy(ruleset["rules"])
    for rule_id, rule in definition.items():
        rule["run"] = recorder(rule_id)
    sink = sink_rule()  # the same catch-all rule our adapter adds
    definition[ours.SINK_RULE] = {**sink, "run": recorder(ours.SINK_RULE)}
    host = _BareHost()
    host.set_rulesets({"bare": definition})

    def session(sid: str, facts: list[Fact]) -> None:  # facts come sorted by id, as ours sends them
        host.assert_facts("bare", [{**f, "sid": sid} for f in facts])
        host.delete_state("bare", sid)

    session("warm", warm)
    found = {(rule_id, tuple(sorted(ids.items()))) for rule_id, ids in matches}
    matches.clear()
    start = time.perf_counter()
    for sid, facts in batch:
        session(sid, facts)
    return time.perf_counter() - start, len(matches), found


def run_lean(ruleset: dict[str, Any], warm: list[Fact], batch: list[tuple[str, list[Fact]]]) -> tuple[float, int, Fired]:
    """The bare host driven the way the adapter drives durable: the JSON written by the caller,
    the actions run straight on durable's C core (no Closure, no JSON round trip of the state).
    Ours against this is the adapter's own cost; bare against this is durable's Python layer."""
    matches: list[tuple[str, dict[str, str]]] = []

    def unused(c: Any) -> None:
        raise AssertionError("actions run below, not by durable")

    definition = copy.deepcopy(ruleset["rules"])
    for rule in definition.values():
        rule["run"] = unused
    definition[ours.SINK_RULE] = {**sink_rule(), "run": unused}
    host = _BareHost()
    host.set_rulesets({"lean": definition})
    rules = host.get_ruleset("lean")
    handle, core = rules._handle, durable.durable_rules_engine  # noqa: SLF001

    def session(sid: str, facts: list[Fact]) -> None:
        text = json.dumps([{**f, "sid": sid} for f in facts], ensure_ascii=False)
        offset = rules._handle_result(core.assert_facts(handle, text), text)  # noqa: SLF001
        started = core.start_action_for_state(handle, offset)
        state, message = started if started else ("", "")
        while message:
            rule_id, match = next(iter(json.loads(message).items()))
            matches.append((rule_id, {name: fact["id"] for name, fact in match.items()}))
            core.update_state(handle, state)
            message = core.complete_and_start_action(handle, offset)
        core.delete_state(handle, sid)

    session("warm", warm)
    found = {(rule_id, tuple(sorted(ids.items()))) for rule_id, ids in matches}
    matches.clear()
    start = time.perf_counter()
    for sid, facts in batch:
        session(sid, facts)
    return time.perf_counter() - start, len(matches), found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--period", default="2026-Q3")
    args = parser.parse_args(argv)
    ruleset, facts = commune_quarter(args.period)
    total = len(facts) * args.sessions
    times: dict[str, list[float]] = {"bare": [], "lean": [], "ours": []}
    fired: dict[str, int] = {}
    found: dict[str, Fired] = {}
    ratios: dict[str, list[float]] = {"bare": [], "lean": []}
    sides = [("bare", run_bare), ("lean", run_lean), ("ours", run_ours)]
    for repeat in range(args.repeats):  # interleaved, so a busy moment hurts all sides alike
        batch = units(facts, repeat, args.sessions)
        for name, runner in sides if repeat % 2 == 0 else sides[::-1]:  # alternate who goes first
            gc.collect()
            seconds, fired[name], found[name] = runner(ruleset, facts, batch)
            times[name].append(seconds)
        for other in ratios:
            ratios[other].append(times["ours"][-1] / times[other][-1])
    if len({frozenset(f) for f in found.values()}) != 1 or len(set(fired.values())) != 1:
        print(f"the sides found different firings: {found} {fired}")
        return 1
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"{len(facts)} facts × {args.sessions} sessions, {len(ruleset['rules'])} rules, "
          f"median of {args.repeats}; {fired['ours'] / args.sessions:.0f} firings per session, "
          "the same on every side")
    labels = {"bare": "bare durable Host", "lean": "bare, lean driver", "ours": "EngineHost.run"}
    for name, label in labels.items():
        print(f"  {label:18} {total / median[name]:>8,.0f} facts/s  ({median[name] * 1000:.0f} ms, "
              f"{median[name] / args.sessions * 1000:.2f} ms per session)")
    print(f"  ours / bare: {median['ours'] / median['bare']:.2f}× (median of the paired runs: "
          f"{statistics.median(ratios['bare']):.2f}×; target ≤ 1.5×)")
    print(f"  ours / lean: {median['ours'] / median['lean']:.2f}× (median of the paired runs: "
          f"{statistics.median(ratios['lean']):.2f}×): the adapter's own checks and guards")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())

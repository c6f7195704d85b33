"""Compile + run time of a custom check with many alternatives (issue 11, item 8).

A check ``task in [0, 2, 4, …]`` (or the same as an ``or`` chain) with N alternatives, parsed by
the condition language, registered with a fresh EngineHost and run over 1,000 task facts; each
N in a fresh interpreter (durable keeps what it registered). Before the adapter split long
``$or``s, 513+ alternatives hung durable's rule compilation; `--timeout` bounds each run.

    .venv/bin/python benchmarks/large_conditions.py            # N = 100 500 2000 10000
    .venv/bin/python benchmarks/large_conditions.py --sizes 100 600 --timeout 30
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys, time
from cchc_rules.conditions import compile_condition
from cchc_rules.engine import EngineHost
size, form = int(sys.argv[1]), sys.argv[2]
values = range(0, 2 * size, 2)
text = ("task in [" + ", ".join(map(str, values)) + "]" if form == "in"
        else " or ".join(f"task == {v}" for v in values))
facts = [{"id": f"t{n}", "kind": "task", "task": n} for n in range(1000)]
start = time.perf_counter()
condition = compile_condition(text, "task")
parsed = time.perf_counter()
rules = {"name": f"bench-{form}-{size}",
         "rules": {"r": {"all": [{"m": {"$and": [{"kind": "task"}, condition]}}]}}}
host = EngineHost()
firings = host.run(rules, "xa-1", facts)
first = time.perf_counter()
again = host.run(rules, "xa-1", facts)
second = time.perf_counter()
assert firings == again and len(firings) == min(size, 500), len(firings)
print(json.dumps({"parse": parsed - start, "register_and_run": first - parsed,
                  "run_again": second - first}))
"""


def measure(size: int, form: str, timeout: float) -> dict[str, float] | None:
    """One size and form in a fresh interpreter; None when it ran past `timeout` seconds."""
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(size), form], capture_output=True,
                              text=True, timeout=timeout, check=True, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000, 10000])
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    print("| alternatives | form | parse (s) | register + first run (s) | next run (s) |")
    print("|---:|---|---:|---:|---:|")
    for size in args.sizes:
        for form in ("in", "or"):
            times = measure(size, form, args.timeout)
            if times is None:
                print(f"| {size} | {form} | — | > {args.timeout:g} (stopped) | — |")
                continue
            print(f"| {size} | {form} | {times['parse']:.3f} | {times['register_and_run']:.3f} | "
                  f"{times['run_again']:.3f} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# W1: one commune-quarter `evaluate` as a whole CLI process, against the floor of starting Python
# and importing the dependencies. Target: ≤ 2× the floor. Needs hyperfine (apt-get install -y
# hyperfine); without it, falls back to benchmarks/measure.py (median of 10 runs, no warm-up stats).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
OUT=$(mktemp -d)
# As after `pip install` (which compiles bytecode): allow .pyc files, kept outside the checkout.
unset PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX=${PYTHONPYCACHEPREFIX:-${TMPDIR:-/tmp}/cchc-pycache}
FLOOR="$PY -c 'import durable.engine, pydantic, yaml, typer, rich, openpyxl'"
EVAL=".venv/bin/cchc-rules evaluate --period ${PERIOD:-2026-Q3} --format json -o $OUT/q.json"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "${RUNS:-15}" -N --export-json "$OUT/w1.json" "$FLOOR" "$EVAL"
  $PY - "$OUT/w1.json" <<'PY'
import json, sys
floor, run = (r["median"] for r in json.load(open(sys.argv[1]))["results"])
print(f"W1: evaluate {run * 1000:.0f} ms, import floor {floor * 1000:.0f} ms (medians): "
      f"{run / floor:.2f}× the floor (target ≤ 2×)")
PY
else
  $PY benchmarks/measure.py --repeats 10 -- $PY -c 'import durable.engine, pydantic, yaml, typer, rich, openpyxl'
  $PY benchmarks/measure.py --repeats 10 -- .venv/bin/cchc-rules evaluate --period "${PERIOD:-2026-Q3}" --format json -o "$OUT/q.json"
fi
rm -rf "$OUT"

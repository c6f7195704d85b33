#!/usr/bin/env bash
# W3: the whole country — 3,321 units, one year, on 2 cores. Targets: ≤ 3 minutes wall, peak
# memory (parent + workers, summed) ≤ 500 MB and flat in the number of units (compare with W2).
# Data are generated once (seeded) into $DATA (about 76,000 small files).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DATA=${DATA:-/tmp/cchc-bench/country}
JOBS=${JOBS:-2}
if [ ! -d "$DATA" ]; then
  $PY benchmarks/generate.py --scope country -o "$DATA" --seed 2026
fi
OUT=$(mktemp -d)
FORMAT=${FORMAT:-json}  # json: every unit's full results too; table: the ranking only
unset PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX=${PYTHONPYCACHEPREFIX:-${TMPDIR:-/tmp}/cchc-pycache}
$PY benchmarks/measure.py --repeats "${REPEATS:-1}" -- \
  .venv/bin/cchc-rules batch --year 2026 --data "$DATA" --jobs "$JOBS" --format "$FORMAT" -o "$OUT/batch.$FORMAT"
rm -rf "$OUT"

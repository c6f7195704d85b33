#!/usr/bin/env bash
# W2: Cần Thơ, one year — 103 units × 4 quarter checks + the annual score, through
# `cchc-rules batch`. Target: ≤ 10 s wall. Data are generated once (seeded) into $DATA.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DATA=${DATA:-/tmp/cchc-bench/can-tho}
JOBS=${JOBS:-2}
if [ ! -d "$DATA" ]; then
  $PY benchmarks/generate.py --scope can-tho -o "$DATA" --seed 2026
fi
OUT=$(mktemp -d)
FORMAT=${FORMAT:-json}  # json: every unit's full results too; table: the ranking only
unset PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX=${PYTHONPYCACHEPREFIX:-${TMPDIR:-/tmp}/cchc-pycache}
$PY benchmarks/measure.py --repeats "${REPEATS:-3}" -- \
  .venv/bin/cchc-rules batch --year 2026 --data "$DATA" --jobs "$JOBS" --format "$FORMAT" -o "$OUT/batch.$FORMAT"
rm -rf "$OUT"

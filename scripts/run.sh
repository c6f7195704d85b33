#!/usr/bin/env bash
# One command from a fresh clone: set up, then run the main job on the bundled plan and data.
# On screen: the pack check, its tasks, the 2026-Q4 check and the 2026 self-assessment.
# In out/: the same results as documents people read (HTML, Excel) and the rule catalogue.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$repo/scripts/setup.sh"
cli="${CCHC_VENV:-$repo/.venv}/bin/cchc-rules"
out="$repo/out"
mkdir -p "$out"
"$cli" check
"$cli" show tasks
"$cli" evaluate --period 2026-Q4
"$cli" score --year 2026
"$cli" evaluate --period 2026-Q4 --format html -o "$out/kiem-tra-2026-Q4.html" 2>/dev/null
"$cli" evaluate --period 2026-Q4 --format xlsx -o "$out/kiem-tra-2026-Q4.xlsx" 2>/dev/null
"$cli" score --year 2026 --format html -o "$out/tu-danh-gia-2026.html" 2>/dev/null
"$cli" score --year 2026 --format xlsx -o "$out/tu-danh-gia-2026.xlsx" 2>/dev/null
"$cli" catalogue -o "$out/danh-muc-quy-tac.html"

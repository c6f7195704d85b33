#!/usr/bin/env bash
# One command from a fresh clone: set up, then run the main job on the bundled plan.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$repo/scripts/setup.sh"
cli="$repo/.venv/bin/cchc-rules"
"$cli" check
"$cli" show tasks
"$cli" evaluate --period 2026-Q4
"$cli" score --year 2026

#!/usr/bin/env bash
# One command from a fresh clone: set up with the test extra, then run the whole test suite.
# Extra arguments go to pytest.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$repo/scripts/setup.sh" test
cd "$repo"
exec "${CCHC_VENV:-$repo/.venv}/bin/python" -m pytest "$@"

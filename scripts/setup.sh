#!/usr/bin/env bash
# Creates .venv with a Python that durable-rules 2.0.28 can run on (3.11 or 3.12)
# and installs cchc-rules into it. Sourced by scripts/run.sh and scripts/test.sh;
# can also be run alone. Set PYTHON=/path/to/python3.x to choose the interpreter.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${CCHC_VENV:-$repo/.venv}"
extra="${1:-}"   # "test" installs the test extra as well

fits() {  # prints the version and succeeds when "$1" is CPython 3.11 or 3.12
  "$1" -c 'import sys; v=sys.version_info; print("%d.%d" % v[:2]); sys.exit(0 if (3,11) <= v[:2] < (3,13) else 1)' 2>/dev/null
}

pick_python() {
  local tried=() c
  for c in ${PYTHON:-} python3.12 python3.11 python3 python; do
    command -v "$c" >/dev/null 2>&1 || continue
    if fits "$c" >/dev/null; then echo "$c"; return 0; fi
    tried+=("$c ($(fits "$c" || true))")
  done
  {
    echo "cchc-rules cần Python 3.11 hoặc 3.12 (durable-rules 2.0.28 không chạy được trên 3.13 trở lên)."
    echo "Đã thử: ${tried[*]:-không tìm thấy python nào}."
    echo "Hãy cài python3.12 hoặc python3.11, hoặc chỉ đường dẫn bằng: PYTHON=/đường/dẫn/python3.12 $0"
    echo "(cchc-rules needs Python 3.11 or 3.12; set PYTHON=... to choose one.)"
  } >&2
  return 1
}

if [ -x "$venv/bin/python" ] && fits "$venv/bin/python" >/dev/null; then
  :
else
  py="$(pick_python)"
  echo "Tạo môi trường ảo $venv bằng $py ($("$py" --version 2>&1))" >&2
  rm -rf "$venv"
  "$py" -m venv "$venv"
fi

target="$repo"
[ "$extra" = "test" ] && target="$repo[test]"
# Editable, so the checkout's rules/ and data/ are the ones used and tests see edits at once.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$target" >&2

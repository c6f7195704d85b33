#!/usr/bin/env bash
# Creates .venv (or $CCHC_VENV) with Python 3.11 or later and installs cchc-rules into it.
# Sourced by scripts/run.sh and scripts/test.sh; can also be run alone. Set
# PYTHON=/path/to/python3.x to choose the interpreter.
# durable-rules 2.0.28 (its last release) calls PyEval_CallObject, which Python 3.13 removed: on
# 3.13 and later it is built from source with that call mapped to PyObject_CallObject, never
# from a wheel (pip's cache may hold one built without the flag), and its import is checked.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${CCHC_VENV:-$repo/.venv}"
extra="${1:-}"   # "test" installs the test extra as well
durable="durable-rules==2.0.28"   # the pin in pyproject.toml

fits() {  # prints the version and succeeds when "$1" is CPython 3.11 or later
  "$1" -c 'import sys; v=sys.version_info; print("%d.%d" % v[:2]); sys.exit(0 if v[:2] >= (3,11) else 1)' 2>/dev/null
}

pick_python() {
  local tried=() c
  for c in ${PYTHON:-} python3.12 python3.11 python3.13 python3 python; do
    command -v "$c" >/dev/null 2>&1 || continue
    if fits "$c" >/dev/null; then echo "$c"; return 0; fi
    tried+=("$c ($(fits "$c" || true))")
  done
  {
    echo "cchc-rules cần Python 3.11 trở lên."
    echo "Đã thử: ${tried[*]:-không tìm thấy python nào}."
    echo "Hãy cài python3.12 (hoặc 3.11, 3.13), hoặc chỉ đường dẫn bằng: PYTHON=/đường/dẫn/python3.12 $0"
    echo "(cchc-rules needs Python 3.11 or later; set PYTHON=... to choose one.)"
  } >&2
  return 1
}

durable_imports() {  # succeeds when durable's C core imports and links in the venv
  "$venv/bin/python" -c 'import durable.lang' >/dev/null 2>&1
}

needs_patch() {  # succeeds on Python 3.13 and later, where PyEval_CallObject is gone
  "$venv/bin/python" -c 'import sys; sys.exit(0 if sys.version_info[:2] >= (3,13) else 1)'
}

build_durable() {  # durable-rules from its source, with the removed call mapped to its successor
  echo "Python $("$venv/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])'):" \
       "dựng $durable từ mã nguồn (PyEval_CallObject -> PyObject_CallObject)" >&2
  # CPPFLAGS, not CFLAGS: durable's setup.py overwrites CFLAGS. --no-cache-dir and --no-binary:
  # a wheel built earlier without the flag must not be reused.
  CPPFLAGS="${CPPFLAGS:-} -DPyEval_CallObject(f,a)=PyObject_CallObject(f,a)" \
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-cache-dir \
    --no-binary durable-rules --force-reinstall --no-deps "$durable" >&2
}

if [ -x "$venv/bin/python" ] && fits "$venv/bin/python" >/dev/null; then
  :
else
  py="$(pick_python)"
  echo "Tạo môi trường ảo $venv bằng $py ($("$py" --version 2>&1))" >&2
  rm -rf "$venv"
  "$py" -m venv "$venv"
fi

if needs_patch && ! durable_imports; then
  build_durable
fi

target="$repo"
[ "$extra" = "test" ] && target="$repo[test]"
# Editable, so the checkout's rules/ and data/ are the ones used and tests see edits at once.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$target" >&2

if ! durable_imports; then
  {
    echo "Lỗi: đã cài $durable nhưng không nạp được (python -c 'import durable.lang'):"
    "$venv/bin/python" -c 'import durable.lang' 2>&1 | tail -n 1 || true
    echo "Cần trình biên dịch C và tệp tiêu đề Python (Debian: apt-get install build-essential python3-dev);"
    echo "hoặc dùng Python 3.12: PYTHON=/đường/dẫn/python3.12 $0"
    echo "(Error: $durable is installed but does not import; it needs a C compiler and the Python"
    echo " headers, or use Python 3.12 via PYTHON=...)"
  } >&2
  exit 1
fi

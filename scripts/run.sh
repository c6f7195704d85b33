#!/usr/bin/env bash
# One command from a fresh clone: set up, then run the main job on the bundled plan and data.
# On screen: a few lines — the pack check, the 2026-Q4 check and the 2026 self-assessment in one line
# each, then the files to open. In out/: the documents people read (HTML, Excel), the rule catalogue,
# and the full terminal tables as text files (the pack's tasks, the quarter's findings, the points).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$repo/scripts/setup.sh"
cli="${CCHC_VENV:-$repo/.venv}/bin/cchc-rules"
out="${CCHC_OUT:-$repo/out}"  # CCHC_OUT: another folder (the tests use one)
mkdir -p "$out"
quiet() { "$@" >/dev/null 2>"$out/.run-log"; }  # a failing step shows its messages, then stops
trap 'status=$?; [ -s "$out/.run-log" ] && cat "$out/.run-log" >&2; exit $status' ERR
"$cli" check
COLUMNS=160 "$cli" show tasks > "$out/nhiem-vu.txt"
"$cli" evaluate --period 2026-Q4 -o "$out/kiem-tra-2026-Q4.txt" 2>"$out/.run-log" >/dev/null
line() { grep -m1 -o "$1" "$2" | sed 's/[│ ]\+/ /g; s/ *$//' || true; }  # one number-line of a table, or nothing
echo "Kiểm tra Quý IV/2026: $(line '[0-9]* phát hiện, [0-9]* vi phạm[^│]*' "$out/kiem-tra-2026-Q4.txt")."
"$cli" score --year 2026 -o "$out/tu-danh-gia-2026.txt" 2>"$out/.run-log" >/dev/null
echo "Tự đánh giá năm 2026: $(line 'Tổng điểm *│ *│ *[0-9,]*' "$out/tu-danh-gia-2026.txt"), $(line 'Xếp loại *│ *│ *[^ │]*' "$out/tu-danh-gia-2026.txt")."
quiet "$cli" evaluate --period 2026-Q4 --format html -o "$out/kiem-tra-2026-Q4.html"
quiet "$cli" evaluate --period 2026-Q4 --format xlsx -o "$out/kiem-tra-2026-Q4.xlsx"
quiet "$cli" score --year 2026 --format html -o "$out/tu-danh-gia-2026.html"
quiet "$cli" score --year 2026 --format xlsx -o "$out/tu-danh-gia-2026.xlsx"
quiet "$cli" catalogue -o "$out/danh-muc-quy-tac.html"
rm -f "$out/.run-log"
rel="${out#"$PWD"/}"
cat <<TEXT
Mở các tệp sau (tiếng Việt; thêm --lang en khi chạy lệnh để có bản tiếng Anh):
  $rel/kiem-tra-2026-Q4.html   báo cáo kết quả kiểm tra Quý IV/2026 (in được trên khổ A4)
  $rel/kiem-tra-2026-Q4.xlsx   sổ tính kết quả kiểm tra Quý IV/2026
  $rel/tu-danh-gia-2026.html   báo cáo tự đánh giá Chỉ số CCHC năm 2026
  $rel/tu-danh-gia-2026.xlsx   biểu tự đánh giá Chỉ số CCHC năm 2026
  $rel/danh-muc-quy-tac.html   danh mục quy tắc của kế hoạch
Bảng chi tiết dạng văn bản: $rel/kiem-tra-2026-Q4.txt, $rel/tu-danh-gia-2026.txt, $rel/nhiem-vu.txt
TEXT

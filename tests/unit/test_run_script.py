"""scripts/run.sh (issue 12 item 14): a few lines on screen ending with the files to open, the detail
in files under out/ (here CCHC_OUT, a temporary folder). Before: ~415 lines of tables on screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_run_prints_a_short_summary_and_names_the_files_to_open(tmp_path: Path) -> None:
    env = {**os.environ, "CCHC_VENV": sys.prefix, "CCHC_OUT": str(tmp_path / "out")}
    done = subprocess.run(["bash", str(ROOT / "scripts" / "run.sh")], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = (done.stdout + done.stderr).splitlines()
    assert len(lines) < 40, lines
    text = done.stdout
    assert "Kiểm tra Quý IV/2026: 4 phát hiện, 3 vi phạm" in text
    assert "Tự đánh giá năm 2026: Tổng điểm 88,78, Xếp loại Tốt." in text
    opened = [line.split()[0] for line in text.split("Mở các tệp sau")[1].splitlines()[1:6]]
    assert [Path(p).name for p in opened] == ["kiem-tra-2026-Q4.html", "kiem-tra-2026-Q4.xlsx", "tu-danh-gia-2026.html",
                                              "tu-danh-gia-2026.xlsx", "danh-muc-quy-tac.html"]
    for name in [*(Path(p).name for p in opened), "kiem-tra-2026-Q4.txt", "tu-danh-gia-2026.txt", "nhiem-vu.txt"]:
        assert (tmp_path / "out" / name).stat().st_size > 1000, name
    assert not (tmp_path / "out" / ".run-log").exists()

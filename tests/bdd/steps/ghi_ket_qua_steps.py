"""Steps of scenarios/ghi_ket_qua.feature: `-o` refused when it is an input or inside the folders
being read, a missing output folder reported before the work, a full disk (os.fsync raising
ENOSPC) leaving no partial file. Commands run through the console entry (`cchc_rules.cli.run`)
in the scenario's temporary folder, on copies of the bundled rules (`quy-tac/`) and data (`so-lieu/`).
"""

from __future__ import annotations

import errno
import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when

from cchc_rules import cli
from cchc_rules.report import output as output_module
from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir

EARLIER = b'{"ban": "cu"}\n'


@dataclass
class Writing:
    cwd: Path
    capsys: pytest.CaptureFixture[str]
    exit_code: int = -1
    stderr: str = ""
    before: dict[str, str] = field(default_factory=dict)

    def run(self, *args: str) -> None:
        self.capsys.readouterr()
        self.exit_code = cli.run([*args, "--rules", "quy-tac", "--data", "so-lieu", "--format", "json"])
        self.stderr = self.capsys.readouterr().err

    def inputs(self) -> dict[str, str]:
        return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
                for folder in ("quy-tac", "so-lieu") for p in sorted((self.cwd / folder).rglob("*")) if p.is_file()}


@pytest.fixture
def ghi_ket_qua(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Writing:
    monkeypatch.chdir(tmp_path)
    return Writing(tmp_path, capsys)


@given("bản sao bộ quy tắc và số liệu đi kèm của xã Trường Xuân")
def _copies(ghi_ket_qua: Writing) -> None:
    shutil.copytree(bundled_rules_dir(), ghi_ket_qua.cwd / "quy-tac")
    shutil.copytree(bundled_data_dir(), ghi_ket_qua.cwd / "so-lieu")
    ghi_ket_qua.before = ghi_ket_qua.inputs()


@given(parsers.parse('tệp "{name}" đã có từ lần chạy trước'))
def _earlier(ghi_ket_qua: Writing, name: str) -> None:
    (ghi_ket_qua.cwd / name).write_bytes(EARLIER)


@given("ổ đĩa đầy")
def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_module.os, "fsync", full)


@when(parsers.parse('tôi ghi kết quả kiểm tra quý {period} ra tệp "{target}"'))
def _evaluate(ghi_ket_qua: Writing, period: str, target: str) -> None:
    ghi_ket_qua.run("evaluate", "--period", period, "-o", target)


@when(parsers.parse('tôi ghi kết quả chấm điểm năm {year} ra tệp "{target}"'))
def _score(ghi_ket_qua: Writing, year: str, target: str) -> None:
    ghi_ket_qua.run("score", "--year", year, "-o", target)


@then(parsers.parse("lệnh ghi kết quả kết thúc với mã {code:d}"))
def _code(ghi_ket_qua: Writing, code: int) -> None:
    assert ghi_ket_qua.exit_code == code, ghi_ket_qua.stderr


@then(parsers.parse('lệnh ghi kết quả báo "{text}"'))
def _says(ghi_ket_qua: Writing, text: str) -> None:
    assert text in ghi_ket_qua.stderr, ghi_ket_qua.stderr
    assert "Traceback" not in ghi_ket_qua.stderr


@then(parsers.parse('lệnh ghi kết quả gợi ý "{text}"'))
def _hints(ghi_ket_qua: Writing, text: str) -> None:
    assert f"gợi ý: {text}" in ghi_ket_qua.stderr, ghi_ket_qua.stderr


@then("không tệp đầu vào nào bị thay đổi")
def _unchanged(ghi_ket_qua: Writing) -> None:
    assert ghi_ket_qua.inputs() == ghi_ket_qua.before


@then(parsers.parse('tệp "{name}" vẫn là bản của lần chạy trước, không có tệp ghi dở nào'))
def _kept(ghi_ket_qua: Writing, name: str) -> None:
    assert (ghi_ket_qua.cwd / name).read_bytes() == EARLIER
    assert not [p for p in ghi_ket_qua.cwd.iterdir() if p.name.endswith(".tmp")]

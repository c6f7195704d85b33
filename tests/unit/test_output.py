"""report/output.py, the one writer: -o never destroys an input, a missing or unwritable output
folder is a usage error found before any work, and every write is atomic (a full disk leaves
neither a partial file nor a temporary one, and an earlier file stays as it was)."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc_rules import cli
from cchc_rules.cli import app
from cchc_rules.report import output as output_module
from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir

runner = CliRunner()


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """A copy of the bundled rules and data (so a failing test cannot damage the real ones)."""
    shutil.copytree(bundled_rules_dir(), tmp_path / "rules")
    shutil.copytree(bundled_data_dir(), tmp_path / "data")
    return tmp_path


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _where(tree: Path) -> list[str]:
    return ["--rules", str(tree / "rules"), "--data", str(tree / "data")]


@pytest.mark.parametrize("command,target", [
    (["evaluate", "--period", "2026-Q1", "--format", "json"], "data/2026-Q1/task_status.csv"),
    (["evaluate", "--period", "2026-Q1", "--format", "xlsx"], "data/2026-Q3/bao-cao-quy-III-2026.xlsx"),
    (["score", "--year", "2026", "--format", "json"], "rules/plan.yaml"),
    (["score", "--year", "2026", "--format", "html"], "rules/scoring/2026.yaml"),
    (["evaluate", "--period", "2026-Q2"], "data/ket-qua.txt"),  # a new file inside the data folder
])
def test_output_that_is_an_input_or_inside_an_input_folder_is_refused(tree: Path, command: list[str],
                                                                      target: str) -> None:
    before = _digest(tree)
    result = runner.invoke(app, [*command, *_where(tree), "-o", str(tree / target)])
    assert result.exit_code == 2, result.output
    assert "nằm trong thư mục đầu vào đang đọc" in result.stderr and target.split("/")[-1] in result.stderr
    assert "gợi ý: Chọn tệp kết quả ở một thư mục khác" in result.stderr
    assert _digest(tree) == before


def test_a_symlink_into_the_rules_is_resolved_and_refused(tree: Path) -> None:
    link = tree / "lien-ket.yaml"
    link.symlink_to(tree / "rules" / "plan.yaml")
    before = _digest(tree / "rules")
    result = runner.invoke(app, ["score", "--year", "2026", *_where(tree), "--format", "json", "-o", str(link)])
    assert result.exit_code == 2 and "nằm trong thư mục đầu vào" in result.stderr
    assert _digest(tree / "rules") == before


def test_catalogue_and_template_refuse_the_rules_folder(tree: Path) -> None:
    before = _digest(tree)
    assert runner.invoke(app, ["catalogue", "--rules", str(tree / "rules"), "-o",
                               str(tree / "rules" / "tasks.yaml")]).exit_code == 2
    assert runner.invoke(app, ["template", "--period", "2026-Q3", "--rules", str(tree / "rules"), "-o",
                               str(tree / "rules")]).exit_code == 2
    assert _digest(tree) == before


def test_english_refusal(tree: Path) -> None:
    result = runner.invoke(app, ["score", "--year", "2026", *_where(tree), "--format", "json", "-o",
                                 str(tree / "rules" / "plan.yaml"), "--lang", "en"])
    assert result.exit_code == 2 and "is inside the input folder being read" in result.stderr


def test_missing_output_folder_is_a_usage_error_before_any_work(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the work started before the output path was checked")

    monkeypatch.setattr("cchc_rules.batch.command.run_batch", no_work)
    units = tree / "units"
    shutil.copytree(tree / "data", units / "31294-xa-truong-xuan")
    missing = tree / "khong-co" / "xep-hang.json"
    result = runner.invoke(app, ["batch", "--year", "2026", "--data", str(units), "--format", "json",
                                 "-o", str(missing)])
    assert result.exit_code == 2, result.output
    assert "thư mục" in result.stderr and "khong-co" in result.stderr and "mkdir -p" in result.stderr
    assert not missing.parent.exists()


@pytest.mark.parametrize("command", [["evaluate", "--period", "2026-Q1", "--format", "json"],
                                     ["score", "--year", "2026", "--format", "xlsx"]])
def test_missing_output_folder_exits_2_through_the_console_entry(tree: Path, command: list[str],
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.run([*command, *_where(tree), "-o", str(tree / "khong-co" / "ket-qua.x")])
    err = capsys.readouterr().err
    assert code == 2 and "khong-co" in err and "Traceback" not in err and "Lỗi nội bộ" not in err


def test_unwritable_output_folder_is_a_usage_error(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tree / "chi-doc"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(output_module.os, "access",
                        lambda path, mode: False if Path(path) == folder else real_access(path, mode))
    result = runner.invoke(app, ["evaluate", "--period", "2026-Q1", *_where(tree), "--format", "json",
                                 "-o", str(folder / "ket-qua.json")])
    assert result.exit_code == 2 and "không có quyền ghi vào thư mục" in result.stderr


def test_template_into_a_path_under_a_file_is_a_usage_error(tree: Path) -> None:
    result = runner.invoke(app, ["template", "--period", "2026-Q3", "--rules", str(tree / "rules"),
                                 "-o", str(tree / "data" / "README.md" / "bieu-mau")])
    assert result.exit_code == 2 and "là một tệp" in result.stderr


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_module.os, "fsync", full)


@pytest.mark.parametrize("command,name", [
    (["evaluate", "--period", "2026-Q2", "--format", "json"], "ket-qua.json"),
    (["evaluate", "--period", "2026-Q2", "--format", "xlsx"], "ket-qua.xlsx"),
    (["evaluate", "--period", "2026-Q2"], "ket-qua.txt"),
    (["score", "--year", "2026", "--format", "html"], "ket-qua.html"),
    (["catalogue"], "danh-muc.md"),
])
def test_a_full_disk_leaves_no_partial_or_temporary_file(tree: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str],
                                                         command: list[str], name: str) -> None:
    out = tree / "out"
    out.mkdir()
    (out / name).write_bytes(b"ban cu")  # an earlier result stays as it was
    _disk_full(monkeypatch)
    where = ["--rules", str(tree / "rules")] + ([] if command[0] == "catalogue" else ["--data", str(tree / "data")])
    code = cli.run([*command, *where, "-o", str(out / name)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "hết chỗ trống" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == [name] and (out / name).read_bytes() == b"ban cu"


def test_a_full_disk_while_writing_schemas_or_templates_exits_2(tree: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    _disk_full(monkeypatch)
    assert cli.run(["schema", "-o", str(tree / "schema")]) == 2
    assert cli.run(["template", "--period", "2026-Q3", "--rules", str(tree / "rules"), "-o", str(tree / "bm")]) == 2
    assert not [p for p in tree.joinpath("schema").rglob("*") if p.is_file()]
    assert not [p for p in tree.joinpath("bm").rglob("*") if p.is_file()]
    assert "Traceback" not in capsys.readouterr().err


def test_atomic_open_removes_the_temporary_file_when_the_writer_fails(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    with pytest.raises(ZeroDivisionError), output_module.atomic_open(target) as handle:
        handle.write("{")
        raise ZeroDivisionError
    assert list(tmp_path.iterdir()) == []


def test_written_files_keep_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    output_module.write_text(target, "xin chào\n")
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_text(encoding="utf-8") == "xin chào\n"
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask

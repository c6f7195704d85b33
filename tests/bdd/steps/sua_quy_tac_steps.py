"""Steps of scenarios/sua_quy_tac.feature: copy the bundled pack, edit one line of the copy as a
person would, and run `cchc-rules diff` or `cchc-rules test` in-process (cchc_rules.cli.run) from
the scenario's temporary folder, reading what they print."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from cchc_rules import bundled_rules_dir
from cchc_rules.cli import run as run_cli
from cchc_rules.rulepack.load import bundled_data_dir

OLD, NEW = "quy-tac-cu", "quy-tac-moi"


@dataclass
class PolicyRun:
    cwd: Path
    exit_code: int | None = None
    stdout: str = ""
    doc: dict[str, Any] = field(default_factory=dict)


@pytest.fixture
def policy_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PolicyRun:
    monkeypatch.chdir(tmp_path)
    return PolicyRun(tmp_path)


def _rows(datatable: list[list[str]]) -> list[dict[str, str]]:
    head = [c.strip() for c in datatable[0]]
    return [dict(zip(head, (c.strip() for c in row))) for row in datatable[1:]]


def _replace_in_item(path: Path, item: str, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    start = text.index(item)
    at = text.index(old, start)
    assert at < text.index("\n  - ", start + 1), f"{old!r} is not in {item!r}"
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")


@given("bộ quy tắc Trường Xuân đi kèm và một bản sao để sửa")
def two_packs(policy_run: PolicyRun) -> None:
    shutil.copytree(bundled_rules_dir(), policy_run.cwd / OLD)
    shutil.copytree(bundled_rules_dir(), policy_run.cwd / NEW)


@when(parsers.parse('tôi đổi ngưỡng của chỉ tiêu "{target}" trong bản sao từ {old:d} thành {new:d}'))
def change_threshold(policy_run: PolicyRun, target: str, old: int, new: int) -> None:
    _replace_in_item(policy_run.cwd / NEW / "targets.yaml", f"  - id: {target}\n", f"threshold: {old}\n",
                     f"threshold: {new}\n")


@when(parsers.parse('tôi đổi cơ quan chủ trì của nhiệm vụ {number:d} trong bản sao từ "{old}" thành "{new}"'))
def change_task_lead(policy_run: PolicyRun, number: int, old: str, new: str) -> None:
    _replace_in_item(policy_run.cwd / NEW / "tasks.yaml", f"  - number: {number}\n", f"lead: {old}\n",
                     f"lead: {new}\n")


@when("tôi so sánh hai bộ quy tắc trên số liệu mẫu")
def compare(policy_run: PolicyRun, capsys: pytest.CaptureFixture[str]) -> None:
    policy_run.exit_code = run_cli(["diff", OLD, NEW, "--data", str(bundled_data_dir()), "--format", "json"])
    policy_run.stdout = capsys.readouterr().out
    policy_run.doc = json.loads(policy_run.stdout)


@when("tôi chạy các kịch bản của bản sao, đòi đủ độ phủ")
def pack_tests(policy_run: PolicyRun, capsys: pytest.CaptureFixture[str]) -> None:
    policy_run.exit_code = run_cli(["test", "--rules", NEW, "--require-coverage"])
    policy_run.stdout = capsys.readouterr().out


@then(parsers.parse("lệnh của cán bộ soạn quy tắc kết thúc với mã {code:d}"))
def exit_code(policy_run: PolicyRun, code: int) -> None:
    assert policy_run.exit_code == code, policy_run.stdout


@then("có đúng các sửa đổi:")
def edits_are(policy_run: PolicyRun, datatable: list[list[str]]) -> None:
    shown = [{"sửa đổi": e["id"], "trường": f["field"], "cũ": str(f["old"]), "mới": str(f["new"])}
             for e in policy_run.doc["edits"]["edits"] for f in e["fields"]]
    assert shown == _rows(datatable)


@then("mỗi trường sửa đổi có vị trí tệp:dòng ở cả hai bản")
def fields_have_lines(policy_run: PolicyRun) -> None:
    for edit in policy_run.doc["edits"]["edits"]:
        for f in edit["fields"]:
            old_file, old_line = f["old_at"].rsplit(":", 1)
            new_file, new_line = f["new_at"].rsplit(":", 1)
            assert old_file.startswith(OLD + "/") and new_file.startswith(NEW + "/")
            for file, line, value in ((old_file, old_line, f["old"]), (new_file, new_line, f["new"])):
                text = (policy_run.cwd / file).read_text(encoding="utf-8").splitlines()[int(line) - 1]
                assert text.strip() == f"{f['field']}: {value}"


@then("có đúng các ảnh hưởng:")
def effects_are(policy_run: PolicyRun, datatable: list[list[str]]) -> None:
    shown = [{"kỳ": e["period"], "loại": e["kind"], "đối tượng": e["subject"], "do": ", ".join(e["causes"])}
             for e in policy_run.doc["effects"]["effects"]]
    assert shown == _rows(datatable)


@then(parsers.parse('kết quả in ra có dòng "{line}"'))
def has_line(policy_run: PolicyRun, line: str) -> None:
    assert any(out.strip().endswith(line) for out in policy_run.stdout.splitlines()), policy_run.stdout


@then(parsers.parse('dòng cuối cùng in ra là "{line}"'))
def last_line(policy_run: PolicyRun, line: str) -> None:
    assert policy_run.stdout.strip().splitlines()[-1] == line

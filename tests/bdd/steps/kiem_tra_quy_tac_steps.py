"""Steps of scenarios/kiem_tra_quy_tac.feature: copy the bundled pack, edit it as a person would
in a text editor, run `cchc-rules check` in a new process, and read what it prints.

Edits change one line in place, so every other line keeps its number and the line numbers in
the feature file can be checked against the bundled files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when

from cchc_rules import bundled_rules_dir

FOLDER = "quy-tac"  # the copy's folder name, as the printed paths show it


@dataclass
class Run:
    """The working folder, the pack copy in it, and the last `check` run."""

    cwd: Path
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    problems: list[dict[str, str]] = field(default_factory=list)

    @property
    def pack(self) -> Path:
        return self.cwd / FOLDER


@pytest.fixture
def run(tmp_path: Path) -> Run:
    return Run(cwd=tmp_path)


# ---- reading what `check` prints

_PROBLEM = re.compile(r"^(?P<where>\S+): (?P<field>\S+): (?P<message>.*)$")
_HINT = re.compile(r"^  (?:gợi ý|hint): (?P<hint>.*)$")


def _parse(stdout: str) -> list[dict[str, str]]:
    problems: list[dict[str, str]] = []
    for line in stdout.splitlines():
        hint = _HINT.match(line)
        if hint and problems:
            problems[-1]["gợi ý"] = hint["hint"]
            continue
        found = _PROBLEM.match(line)
        if found:
            problems.append({"vị trí": found["where"], "trường": found["field"],
                             "thông báo": found["message"], "gợi ý": ""})
    return problems


def _rows(datatable: list[list[str]]) -> list[dict[str, str]]:
    header, *rows = datatable
    return [dict(zip(header, row, strict=True)) for row in rows]


def _shown(problems: list[dict[str, str]], columns: list[str]) -> list[dict[str, str]]:
    return [{c: p[c] for c in columns} for p in problems]


# ---- editing the copy: find a list item, change one of its lines

def _lines(run: Run, file: str) -> list[str]:
    return (run.pack / file).read_text(encoding="utf-8").split("\n")


def _save(run: Run, file: str, lines: list[str]) -> None:
    (run.pack / file).write_text("\n".join(lines), encoding="utf-8")


def _item(lines: list[str], key: str, value: str) -> tuple[int, int]:
    """Line indices [start, end) of the list item that starts `- key: value`."""
    head = re.compile(rf'^(?P<indent> *)- {key}: "?{re.escape(value)}"?$')
    for start, line in enumerate(lines):
        found = head.match(line)
        if found:
            inner = " " * (len(found["indent"]) + 2)
            end = start + 1
            while end < len(lines) and (lines[end].startswith(inner) or not lines[end].strip()):
                end += 1
            return start, end
    raise AssertionError(f"no item '- {key}: {value}' in the file")


def _field_line(lines: list[str], span: tuple[int, int], name: str) -> int:
    pattern = re.compile(rf"^ *(- )?{re.escape(name)}:( |$)")
    for i in range(*span):
        if pattern.match(lines[i]):
            return i
    raise AssertionError(f"no field '{name}' in lines {span[0] + 1}–{span[1]}")


def _set(run: Run, file: str, item: tuple[str, str], name: str, value: str) -> None:
    lines = _lines(run, file)
    i = _field_line(lines, _item(lines, *item), name)
    prefix = lines[i][: lines[i].index(f"{name}:")]
    lines[i] = f"{prefix}{name}: {value}"
    _save(run, file, lines)


def _task(number: int) -> tuple[str, str]:
    return ("number", str(number))


# ---- Cho

@given("một bản sao của bộ quy tắc Trường Xuân 2026 - 2030 đi kèm")
def copy_bundled_pack(run: Run) -> None:
    shutil.copytree(bundled_rules_dir(), run.pack)


# ---- Khi: sửa bộ quy tắc

@when(parsers.parse('tôi đổi cơ quan chủ trì của nhiệm vụ {number:d} thành "{code}"'))
def change_lead(run: Run, number: int, code: str) -> None:
    _set(run, "tasks.yaml", _task(number), "lead", code)


@when(parsers.parse('tôi đổi cơ quan chủ trì của nhiệm vụ {number:d} thành "{code}" có lẫn ký tự {point} ở cuối'))
def change_lead_with_hidden_character(run: Run, number: int, code: str, point: str) -> None:
    """`point` is written U+200B: the character itself would not show in the scenario."""
    _set(run, "tasks.yaml", _task(number), "lead", code + chr(int(point.removeprefix("U+"), 16)))


@when(parsers.parse('tôi đổi thời hạn hoàn thành của nhiệm vụ {number:d} thành "{deadline}"'))
def change_deadline(run: Run, number: int, deadline: str) -> None:
    _set(run, "tasks.yaml", _task(number), "by", f'"{deadline}"')


@when(parsers.parse("tôi đổi số thứ tự của nhiệm vụ {number:d} thành {new:d}"))
def change_number(run: Run, number: int, new: int) -> None:
    _set(run, "tasks.yaml", _task(number), "number", str(new))


@when(parsers.parse('tôi gõ nhầm tên trường "{name}" của nhiệm vụ {number:d} thành "{typo}"'))
def misspell_field(run: Run, name: str, number: int, typo: str) -> None:
    lines = _lines(run, "tasks.yaml")
    i = _field_line(lines, _item(lines, *_task(number)), name)
    lines[i] = lines[i].replace(f"{name}:", f"{typo}:", 1)
    _save(run, "tasks.yaml", lines)


@when(parsers.parse('tôi đổi ngưỡng của chỉ tiêu "{target}" thành {value}'))
def change_threshold(run: Run, target: str, value: str) -> None:
    lines = _lines(run, "targets.yaml")
    targets_from = lines.index("targets:")  # indicators and targets may share an id
    start, end = _item(lines[targets_from:], "id", target)
    i = _field_line(lines, (targets_from + start, targets_from + end), "threshold")
    lines[i] = re.sub(r"threshold: .*", f"threshold: {value}", lines[i])
    _save(run, "targets.yaml", lines)


@when(parsers.parse('tôi đổi ngưỡng tỷ lệ của tiêu chí "{criterion}" trong bộ chỉ số năm {year:d} thành {value}'))
def change_rubric_target(run: Run, criterion: str, year: int, value: str) -> None:
    """The `target: N` of a ratio criterion of scoring/<year>.yaml (its method on one line)."""
    file = f"scoring/{year}.yaml"
    lines = _lines(run, file)
    i = _field_line(lines, _item(lines, "id", criterion), "method")
    assert "target: " in lines[i], lines[i]
    lines[i] = re.sub(r"\btarget: [\d.]+", f"target: {value}", lines[i])
    _save(run, file, lines)


@when(parsers.parse('tôi đổi điểm tối đa của phần "{part}" trong bộ chỉ số năm {year:d} thành {value} và tổng điểm thành {total}'))
def change_part_max(run: Run, part: str, year: int, value: str, total: str) -> None:
    file = f"scoring/{year}.yaml"
    lines = _lines(run, file)
    i = _field_line(lines, _item(lines, "id", part), "max")
    lines[i] = re.sub(r"max: .*", f"max: {value}", lines[i])
    j = next(k for k, line in enumerate(lines) if re.match(r"^  total: ", line))
    lines[j] = f"  total: {total}"
    _save(run, file, lines)


@when(parsers.parse(
    'tôi viết tên gọi khác đầu tiên của cơ quan "{code}" là {value} không có dấu nháy'
))
def unquoted_alias(run: Run, code: str, value: str) -> None:
    lines = _lines(run, "plan.yaml")
    start, end = _item(lines, "code", code)
    i = _field_line(lines, (start, end), "aliases") + 1
    lines[i] = lines[i][: lines[i].index("- ") + 2] + value
    _save(run, "plan.yaml", lines)


# ---- Khi: chạy lệnh

def _check(run: Run, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cchc_rules", "check", "--rules", FOLDER, *args],
        cwd=run.cwd, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )
    run.exit_code, run.stdout, run.stderr = result.returncode, result.stdout, result.stderr
    run.problems = _parse(result.stdout)


@when("tôi kiểm tra bộ quy tắc")
def check(run: Run) -> None:
    _check(run)


@when("tôi kiểm tra bộ quy tắc với thông báo tiếng Anh")
def check_in_english(run: Run) -> None:
    _check(run, "--lang", "en")


# ---- Thì

@then(parsers.parse("lệnh kết thúc với mã {code:d}"))
def exit_code_is(run: Run, code: int) -> None:
    assert run.exit_code == code, run.stdout + run.stderr
    assert run.stderr == ""


@then(parsers.parse('dòng cuối cùng là "{text}"'))
def last_line_is(run: Run, text: str) -> None:
    assert run.stdout.splitlines()[-1] == text


@then("không có lỗi hay cảnh báo nào được liệt kê")
def nothing_listed(run: Run) -> None:
    assert run.problems == [], run.stdout


@then("kết quả liệt kê đúng các vấn đề sau:")
def exactly_these(run: Run, datatable: list[list[str]]) -> None:
    expected = _rows(datatable)
    assert _shown(run.problems, list(expected[0])) == expected, run.stdout


@then("kết quả có các vấn đề sau:")
def among_them(run: Run, datatable: list[list[str]]) -> None:
    expected = _rows(datatable)
    shown = _shown(run.problems, list(expected[0]))
    missing = [row for row in expected if row not in shown]
    assert not missing, f"not reported: {missing}\n--- output:\n{run.stdout}"


@then(parsers.parse('gợi ý cho vấn đề ở {where} là "{hint}"'))
def hint_is(run: Run, where: str, hint: str) -> None:
    hints = [p["gợi ý"] for p in run.problems if p["vị trí"] == where]
    assert hints == [hint], run.stdout


@then(parsers.parse('gợi ý cho vấn đề ở {where} có câu "{text}"'))
def hint_has(run: Run, where: str, text: str) -> None:
    hints = [p["gợi ý"] for p in run.problems if p["vị trí"] == where]
    assert len(hints) == 1, run.stdout
    assert text in hints[0], run.stdout


@then(parsers.parse('thông báo cho vấn đề ở {where} có câu "{text}"'))
def message_has(run: Run, where: str, text: str) -> None:
    messages = [p["thông báo"] for p in run.problems if p["vị trí"] == where]
    assert len(messages) == 1, run.stdout
    assert text in messages[0], run.stdout


@then(parsers.parse("kết quả báo {errors:d} lỗi, không dừng ở lỗi đầu tiên"))
def all_reported(run: Run, errors: int) -> None:
    assert len(run.problems) == errors, run.stdout
    assert run.stdout.splitlines()[-1] == f"Bộ quy tắc {FOLDER}: {errors} lỗi, 0 cảnh báo."

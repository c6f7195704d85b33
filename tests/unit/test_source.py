"""source.py: values with positions, and the reading problems it reports."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from cchc_rules.source import format_path, read_yaml


def _write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "f.yaml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def test_positions_of_values_and_keys(tmp_path: Path) -> None:
    doc = read_yaml(_write(tmp_path, "tasks:\n  - number: 1\n    lead:   VHXH\n"), "f.yaml")
    assert doc.data == {"tasks": [{"number": 1, "lead": "VHXH"}]}
    assert str(doc.locate(("tasks", 0, "lead"))) == "f.yaml:3:13"
    assert str(doc.locate(("tasks", 0, "lead"), at_key=True)) == "f.yaml:3:5"
    # a missing key points at its parent item
    assert str(doc.locate(("tasks", 0, "area"))) == "f.yaml:2:5"


def test_dates_stay_text_and_traps_are_remembered(tmp_path: Path) -> None:
    doc = read_yaml(_write(tmp_path, "date: 2026-01-06\nalias: no\ncode: 31294\nq: 'no'\n"))
    assert doc.data == {"date": "2026-01-06", "alias": False, "code": 31294, "q": "no"}
    assert doc.scalars[("alias",)].read_as == "bool" and doc.scalars[("alias",)].plain
    assert doc.scalars[("code",)].read_as == "int"
    assert doc.scalars[("q",)].read_as == "str"


def test_duplicate_key_reported_with_both_lines(tmp_path: Path) -> None:
    doc = read_yaml(_write(tmp_path, "a: 1\nb: 2\na: 3\n"), "f.yaml")
    [problem] = doc.problems
    assert problem.code == "duplicate_key"
    assert (problem.location.line, problem.params["first_line"]) == (3, 1)
    assert doc.data == {"a": 1, "b": 2}  # the first value is kept, the copy reported


def test_not_utf8_names_line_and_byte(tmp_path: Path) -> None:
    doc = read_yaml(_write(tmp_path, "a: 1\nname: Ph\xf2ng\n".encode("latin-1")))
    [problem] = doc.problems
    assert problem.code == "not_utf8"
    assert (problem.location.line, problem.location.column) == (2, 9)
    assert problem.params["byte"] == "0xF2"
    assert doc.data is None


def test_nfd_text_is_normalised_with_a_warning(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "name: Phòng Văn hóa\n")
    doc = read_yaml(_write(tmp_path, nfd))
    assert doc.data == {"name": "Phòng Văn hóa"}
    assert unicodedata.is_normalized("NFC", doc.data["name"])
    [problem] = doc.problems
    assert (problem.code, problem.severity, problem.location.line) == ("not_nfc", "warning", 1)


def test_bom_is_accepted(tmp_path: Path) -> None:
    doc = read_yaml(_write(tmp_path, "\ufeffa: 1\n".encode()))
    assert doc.data == {"a": 1} and doc.problems == []


def test_python_tags_are_refused_not_executed(tmp_path: Path) -> None:
    doc = read_yaml(_write(tmp_path, "a: !!python/object/apply:os.system ['echo hacked']\n"))
    assert doc.data is None
    assert [p.code for p in doc.problems] == ["yaml_syntax"]


def test_control_character_is_reported(tmp_path: Path) -> None:
    doc = read_yaml(_write(tmp_path, "a: x\u0007y\n"))
    assert [(p.code, p.location.line, p.location.column) for p in doc.problems] == [
        ("bad_character", 1, 5)
    ]


def test_format_path() -> None:
    assert format_path(("tasks", 0, "schedule", "parts", 1, "by")) == "tasks[0].schedule.parts[1].by"

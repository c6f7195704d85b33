"""source.py's limits: file size, nesting, aliases, merge keys — located problems, never a crash."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from typer.testing import CliRunner

from cchc_rules import bundled_rules_dir
from cchc_rules.cli import app
from cchc_rules.messages import render_problems
from cchc_rules.rulepack.load import bundled_data_dir
from cchc_rules.source import read_yaml
from cchc_rules.source_limits import MAX_ALIAS_NODES, MAX_DEPTH, MAX_FILE_BYTES


def _read(tmp_path: Path, text: str | bytes) -> list[str]:
    path = tmp_path / "f.yaml"
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    doc = read_yaml(path, "f.yaml")
    return [f"{p.location} {p.code}" for p in doc.problems]


def _bomb(levels: int, width: int = 9) -> str:
    lines = ["a: &a [" + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*{'a' if i == 1 else f'l{i - 1}'}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_recursive_alias_is_a_located_problem(tmp_path: Path) -> None:
    assert _read(tmp_path, "a: &x [*x]\n") == ["f.yaml:1:8 yaml_alias_recursive"]
    assert _read(tmp_path, "- &x\n  id: 1\n  more: {self: *x}\n") == ["f.yaml:3:16 yaml_alias_recursive"]


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    """9^10 values from a 1 KB file: refused at the alias that crosses the limit, in well under 1 s."""
    started = time.perf_counter()
    problems = _read(tmp_path, _bomb(10))
    assert time.perf_counter() - started < 1.0
    assert problems == ["f.yaml:5:10 yaml_alias_limit"]  # the first *l3: 8,289 + 7,381 > 10,000


def test_aliases_within_the_limit_still_work(tmp_path: Path) -> None:
    text = "agencies: &ds [VP, KT]\ntasks:\n  - co_agencies: *ds\n  - co_agencies: *ds\n"
    assert _read(tmp_path, text) == []
    doc = read_yaml(tmp_path / "f.yaml")
    assert doc.data["tasks"][1] == {"co_agencies": ["VP", "KT"]}
    width = int(MAX_ALIAS_NODES ** 0.5) - 2  # width × width copied values: just under the limit
    assert _read(tmp_path, _bomb(2, width)) == []


def test_nesting_past_the_limit_is_a_located_problem(tmp_path: Path) -> None:
    """900 levels once reached Python's recursion limit (exit 3); libyaml itself stops at 1000."""
    for depth in (MAX_DEPTH + 1, 900, 5000):
        [problem] = _read(tmp_path, "a: " + "[" * depth + "]" * depth + "\n")
        assert problem.endswith("yaml_too_deep"), problem
    assert _read(tmp_path, "a: " + "[" * (MAX_DEPTH - 2) + "]" * (MAX_DEPTH - 2) + "\n") == []


def test_nesting_through_aliases_counts(tmp_path: Path) -> None:
    half = MAX_DEPTH // 2 + 2
    text = "a: &d " + "[" * half + "]" * half + "\nb: " + "[" * half + "*d" + "]" * half + "\n"
    [problem] = _read(tmp_path, text)
    assert problem.endswith("yaml_too_deep")


def test_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    assert _read(tmp_path, b"a: " + b"x" * MAX_FILE_BYTES) == ["f.yaml:1:1 file_too_large"]
    assert _read(tmp_path, b"a: " + b"x" * (MAX_FILE_BYTES - 4)) == []


def test_merge_key_is_named_not_called_a_type_tag(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("base: &b {id: x}\nitem:\n  <<: *b\n  title: t\n", encoding="utf-8")
    doc = read_yaml(path, "f.yaml")
    assert render_problems(doc.problems, "en").splitlines()[0] == (
        "f.yaml:3:3: item: the YAML merge key '<<' is not supported in rules files")


def test_recursive_alias_in_yaml_facts_exits_2_with_its_location(tmp_path: Path) -> None:
    """YAML facts are read by the same reader: `evaluate` exits 2 and names the line, never 3."""
    data = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), data)
    (data / "2026-Q2" / "indicator_values.yaml").write_text(
        "- &x\n  indicator: hai-long-giai-quyet-tthc\n  value: 98\n  agency: TTPVHCC\n  more: [*x]\n",
        encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--period", "2026-Q2", "--rules", str(bundled_rules_dir()),
                                      "--data", str(data), "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert "indicator_values.yaml:5:10: (file): the alias *x sits inside the very item named &x" in result.output

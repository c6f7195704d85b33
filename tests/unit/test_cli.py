"""cli.py: exit codes, languages, formats — through typer's in-process runner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc_rules import bundled_rules_dir
from cchc_rules.cli import app

runner = CliRunner()


@pytest.fixture()
def pack_copy(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(bundled_rules_dir(), target)
    return target


def test_check_bundled_pack_is_valid() -> None:
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 0
    assert "hợp lệ" in result.stdout


def test_misspelt_lead_exits_1_with_file_line_code_and_suggestion(pack_copy: Path) -> None:
    tasks = pack_copy / "tasks.yaml"
    text = tasks.read_text(encoding="utf-8")
    marker = "  - number: 7\n"
    start = text.index(marker)
    lead_at = text.index("    lead: TTPVHCC\n", start)
    tasks.write_text(text[:lead_at] + "    lead: TTPVHC\n" + text[lead_at + 18:], encoding="utf-8")
    line = text[:lead_at].count("\n") + 1
    result = runner.invoke(app, ["check", "--rules", str(pack_copy)])
    assert result.exit_code == 1
    assert f"tasks.yaml:{line}:11: tasks[6].lead: mã cơ quan 'TTPVHC' không có" in result.stdout
    assert "Có phải ý bạn là 'TTPVHCC'?" in result.stdout


def test_english_messages(pack_copy: Path) -> None:
    (pack_copy / "targets.yaml").unlink()
    result = runner.invoke(app, ["check", "--rules", str(pack_copy), "--lang", "en"])
    assert result.exit_code == 1
    assert "the rule pack has no targets.yaml" in result.stdout


def test_usage_error_exits_2() -> None:
    assert runner.invoke(app, ["show", "nothing"]).exit_code == 2
    assert runner.invoke(app, ["check", "--format", "json"]).exit_code == 2


def test_show_on_broken_pack_exits_2(pack_copy: Path) -> None:
    (pack_copy / "plan.yaml").write_text("plan: {}\n", encoding="utf-8")
    result = runner.invoke(app, ["show", "tasks", "--rules", str(pack_copy)])
    assert result.exit_code == 2


@pytest.mark.parametrize("what", ["agencies", "targets", "tasks", "reporting"])
def test_show_json_and_table(what: str) -> None:
    as_json = runner.invoke(app, ["show", what, "--format", "json"])
    assert as_json.exit_code == 0
    data = json.loads(as_json.stdout)
    assert data
    as_table = runner.invoke(app, ["show", what])
    assert as_table.exit_code == 0 and as_table.stdout.strip()


def test_show_json_is_byte_identical_across_runs() -> None:
    first = runner.invoke(app, ["show", "tasks", "--format", "json"]).stdout
    assert first == runner.invoke(app, ["show", "tasks", "--format", "json"]).stdout
    assert "\\u" not in first  # Vietnamese is written as text, not escapes


def test_schema_lists_each_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schema"])
    schemas = json.loads(result.stdout)
    assert list(schemas) == ["plan", "tasks", "targets", "reporting", "checks", "scoring", "scoring-index"]
    assert "tasks" in schemas["tasks"]["properties"]
    result = runner.invoke(app, ["schema", "tasks", "-o", str(tmp_path)])
    assert result.exit_code == 0
    assert json.loads((tmp_path / "tasks.schema.json").read_text(encoding="utf-8")) == schemas["tasks"]
    assert runner.invoke(app, ["schema", "task"]).exit_code == 2

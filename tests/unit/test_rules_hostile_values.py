"""Rules values that once passed `check` and then crashed `evaluate` (issue 11, item 7)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc_rules import bundled_rules_dir
from cchc_rules.cli import app
from cchc_rules.rulepack.load import bundled_data_dir

runner = CliRunner()


def _pack(tmp_path: Path, file: str, old: str, new: str) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(bundled_rules_dir(), pack)
    path = pack / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return pack


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--lang", "en"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_calendar_day_that_does_not_exist_fails_check_and_evaluate_exits_2(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "reporting.yaml", 'ends: "14/03"', 'ends: "31/02"')
    code, output = _run("check", "--rules", str(pack))
    assert code == 1
    assert "calendar.periods[0].ends: '31/02' is not a day of every year (month 2 has 28 days)" in output
    code, output = _run("evaluate", "--period", "2026-Q1", "--rules", str(pack),
                        "--data", str(bundled_data_dir()))
    assert code == 2 and "reporting.yaml:13:" in output


@pytest.mark.parametrize(("file", "old", "new"), [
    ("plan.yaml", 'effective_from: "06/01/2026"', 'effective_from: "31/12/9999"'),
    ("reporting.yaml", '- "01/01/2026"', '- "31/12/9999"'),
    ("checks.yaml", "due > as_of", "due > 31/12/9999"),
    ("plan.yaml", 'date: "06/01/2026"', 'date: "01/01/0000"'),
    ("reporting.yaml", '- "01/01/2026"', '- "01/01/0000"'),
    ("checks.yaml", "due > as_of", "due > 01/01/0000"),
])
def test_extreme_dates_never_crash(tmp_path: Path, file: str, old: str, new: str) -> None:
    pack = _pack(tmp_path, file, old, new)
    data = str(bundled_data_dir())
    assert _run("check", "--rules", str(pack))[0] in (0, 1)
    assert _run("evaluate", "--period", "2026-Q4", "--rules", str(pack), "--data", data)[0] in (0, 2)
    assert _run("score", "--year", "2026", "--rules", str(pack), "--data", data)[0] in (0, 2)

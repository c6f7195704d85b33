"""A target judged against a yearly level the rule pack assumed (targets.yaml `path`, before the
plan's `by_year`) says so in every output, in Vietnamese and English: the assumed level, the plan's
own target and its clause; the trace carries the level and where the path comes from (`path_basis`).
A target judged on the plan's own number says nothing of the kind."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from cchc_rules import terminal
from cchc_rules.cli import app
from cchc_rules.report.quarter import quarter_tables

ROOT = Path(__file__).resolve().parents[2]
FINDING = "2026-Q2/target-missed/ho-so-truc-tuyen"
VI = ("đạt 65 %, chưa đạt mức năm 2026 theo giả định của bộ quy tắc: 70 %; mục tiêu đến 2030: 90 % "
      "(mục II.2.e); cách 5 điểm phần trăm")
EN = ("65%, below the level the rule pack assumes for 2026: 70%; target by 2030: 90% (clause II.2.e); "
      "short by 5 percentage points")
runner = CliRunner()


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled data with 65 % of dossiers online in 2026-Q2 (the 2026 level of the path is 70 %)."""
    folder = tmp_path_factory.mktemp("du-lieu") / "truong-xuan"
    shutil.copytree(ROOT / "data" / "truong-xuan", folder)
    path = folder / "2026-Q2" / "indicator_values.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  value: 75.63\n  numerator: 1021\n" in text
    path.write_text(text.replace("  value: 75.63\n  numerator: 1021\n", "  value: 65\n  numerator: 877.5\n"),
                    encoding="utf-8")
    return folder


def _run(data: Path, *args: str) -> str:
    result = runner.invoke(app, ["evaluate", "--period", "2026-Q2", "--data", str(data), *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _finding(doc: dict[str, Any], finding_id: str) -> dict[str, Any]:
    return next(f for f in doc["findings"] if f["id"] == finding_id)


def test_the_message_names_the_assumed_level_and_the_plans_target(data: Path) -> None:
    vi = _finding(json.loads(_run(data, "--format", "json")), FINDING)
    en = _finding(json.loads(_run(data, "--format", "json", "--lang", "en")), FINDING)
    assert VI in vi["message"] and EN in en["message"]
    level = vi["trace"]["assumed_level"]
    assert (level["year"], level["threshold"], level["final"], level["by_year"]) == (2026, 70.0, 90.0, 2030)
    assert level["basis"].startswith("Giả định của bộ quy tắc đi kèm")


def test_a_target_on_the_plans_own_number_is_not_called_assumed(data: Path) -> None:
    doc = json.loads(_run(data, "--format", "json"))
    own = _finding(doc, "2026-Q2/target-missed/so-hoa-ho-so")  # = 100 % every year: no path
    assert "giả định" not in own["message"] and "assumed_level" not in own["trace"]


def test_html_workbook_and_terminal_say_so_too(data: Path, tmp_path: Path) -> None:
    assert VI in _run(data, "--format", "html")
    _run(data, "--format", "xlsx", "-o", str(tmp_path / "q2.xlsx"))
    sheet = load_workbook(tmp_path / "q2.xlsx")["Phát hiện"]
    assert any(VI in str(cell.value) for row in sheet.iter_rows() for cell in row)
    doc = json.loads(_run(data, "--format", "json"))
    text = io.StringIO()
    terminal.console(text, width=1000).print(quarter_tables(doc, "vi"))  # wide: no folded lines
    assert VI in text.getvalue()


def test_explain_quotes_where_the_path_comes_from(data: Path) -> None:
    result = runner.invoke(app, ["explain", FINDING, "--period", "2026-Q2", "--data", str(data)])
    assert result.exit_code == 0, result.stderr
    assert "Mức năm theo giả định của bộ quy tắc: Giả định của bộ quy tắc đi kèm" in result.stdout

"""Formula injection (issue 11, item 10): text that comes from input is written as text in every
workbook — the batch ranking, the quarter and score workbooks, the agency templates — and reads
back exactly as written; the only formulas are the ones the score form means to write."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from cchc_rules import load_rules
from cchc_rules.cli import app
from cchc_rules.periods import Quarter
from cchc_rules.report.xlsx_common import Formula, put, save_deterministic
from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir
from cchc_rules.templates import write_templates

runner = CliRunner()
ATTACKS = ['=HYPERLINK("http://x.example/?leak","Xã A")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1+1)",
           "\t=1+1", "\r=1+1", "=1+1"]
OURS = re.compile(r"=SUM\([A-Z]+\d+(?:,[A-Z]+\d+)*\)|=IF\(C\d+=0,0,ROUND\(D\d+\*[\d.]+/C\d+,\d+\)\)")


def _xml(text: str) -> str:
    """What a cell's text reads back as: XML (the xlsx format) turns a bare CR into LF."""
    return text.replace("\r", "\n")


def _formulas(path: Path) -> list[str]:
    wb = load_workbook(path)
    return [f"{ws.title}!{cell.coordinate}={cell.value}" for ws in wb.worksheets for line in ws.iter_rows()
            for cell in line if cell.data_type == "f"]


def _texts(path: Path) -> set[str]:
    wb = load_workbook(path)
    return {cell.value for ws in wb.worksheets for line in ws.iter_rows() for cell in line
            if isinstance(cell.value, str)}


def test_put_writes_strings_as_text_and_formula_only_when_asked(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    for row, text in enumerate(ATTACKS, start=1):
        put(ws, row, 1, text)
    put(ws, 1, 2, Formula("=SUM(A1,A2)"))
    path = tmp_path / "a.xlsx"
    save_deterministic(wb, path, __import__("datetime").datetime(2026, 12, 31))
    back = load_workbook(path).active
    assert [back.cell(row=r, column=1).value for r in range(1, len(ATTACKS) + 1)] == [_xml(t) for t in ATTACKS]
    assert {back.cell(row=r, column=1).data_type for r in range(1, len(ATTACKS) + 1)} == {"s"}
    assert back["B1"].data_type == "f" and back["B1"].value == "=SUM(A1,A2)"


def test_a_formula_written_around_put_is_saved_as_text(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active["A1"] = ATTACKS[0]  # a writer that forgot put()
    wb.active["A2"] = "=SUM(A3,A4)"  # the shape of our own sums stays a formula
    path = tmp_path / "a.xlsx"
    save_deterministic(wb, path, __import__("datetime").datetime(2026, 12, 31))
    assert _formulas(path) == ["Sheet!A2==SUM(A3,A4)"]
    assert load_workbook(path).active["A1"].value == ATTACKS[0]


def test_a_unit_name_from_unit_yaml_is_text_in_the_batch_workbook(tmp_path: Path) -> None:
    units = tmp_path / "units"
    shutil.copytree(bundled_data_dir(), units / "31297-xa-a")
    name = ATTACKS[0]
    (units / "31297-xa-a" / "unit.yaml").write_text(f"code: \"31297\"\nname: '{name}'\n", encoding="utf-8")
    out = tmp_path / "xep-hang.xlsx"
    result = runner.invoke(app, ["batch", "--year", "2026", "--data", str(units), "--format", "xlsx",
                                 "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert _formulas(out) == []
    assert name in _texts(out)


def _hostile_pack(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(bundled_rules_dir(), pack)
    tasks = pack / "tasks.yaml"
    text = tasks.read_text(encoding="utf-8")
    tasks.write_text(text.replace('    content: "', '    content: "=HYPERLINK(\\"http://x\\",\\"y\\") '),
                     encoding="utf-8")
    return pack


def test_task_content_is_text_in_the_templates_and_loads_back(tmp_path: Path) -> None:
    pack = _hostile_pack(tmp_path)
    out = tmp_path / "bieu-mau"
    written = write_templates(load_rules(pack), Quarter(2026, 3), out)
    assert written
    hostile = set()
    for path in written:
        assert _formulas(path) == []
        hostile |= {t for t in _texts(path) if t.startswith('=HYPERLINK("http://x","y") ')}
    assert hostile  # the content is there, as typed
    result = runner.invoke(app, ["evaluate", "--period", "2026-Q3", "--rules", str(pack), "--data", str(out),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output


def test_input_text_is_text_in_the_quarter_workbook(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", "--period", "2026-Q4", "--format", "json"])
    doc: dict[str, Any] = json.loads(result.stdout)
    for finding in doc["findings"]:
        finding["message"] = ATTACKS[1]
        finding["agency"] = ATTACKS[0]
    doc["unit"]["name"] = ATTACKS[2]
    from cchc_rules.report.quarter_xlsx import render_quarter_xlsx

    path = tmp_path / "quy.xlsx"
    render_quarter_xlsx(doc, path)
    assert _formulas(path) == []
    assert ATTACKS[1] in _texts(path)


def test_the_score_form_keeps_only_its_own_formulas(tmp_path: Path) -> None:
    result = runner.invoke(app, ["score", "--year", "2026", "--format", "json"])
    doc: dict[str, Any] = copy.deepcopy(json.loads(result.stdout))
    stack = list(doc["criteria"])
    while stack:
        node = stack.pop()
        node["name"] = ATTACKS[0]
        node["evidence"] = [ATTACKS[1]]
        stack.extend(node.get("criteria") or [])
    from cchc_rules.report.score_xlsx import render_score_xlsx

    path = tmp_path / "diem.xlsx"
    render_score_xlsx(doc, path)
    formulas = _formulas(path)
    assert formulas and all(OURS.fullmatch(f.split("=", 1)[1]) for f in formulas), formulas
    assert ATTACKS[0] in _texts(path)


@pytest.mark.parametrize("text", ATTACKS)
def test_every_attack_string_round_trips(text: str, tmp_path: Path) -> None:
    wb = Workbook()
    put(wb.active, 1, 1, text)
    path = tmp_path / "a.xlsx"
    save_deterministic(wb, path, __import__("datetime").datetime(2026, 1, 1))
    cell = load_workbook(path).active["A1"]
    assert (cell.value, cell.data_type) == (_xml(text), "s")

"""Steps of scenarios/bieu_mau_co_quan.feature: write agency templates with `cchc-rules template`,
fill some of their value cells as an agency would (openpyxl), load them back with
`cchc-rules evaluate --data`, and read the quarter workbook `evaluate --format xlsx` writes.

Commands run in-process (typer's CliRunner on `cchc_rules.cli.app`) in the scenario's temporary
folder; templates go to `bieu-mau/<quarter>/`, so `bieu-mau` is the data folder evaluate reads.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner

from cchc_rules.cli import app

FOLDER = "bieu-mau"
WORKBOOK = "ket-qua-quy.xlsx"


@dataclass
class Templates:
    cwd: Path
    exit_code: int = -1
    stdout: str = ""
    stderr: str = ""

    def run(self, *args: str) -> None:
        result = CliRunner().invoke(app, list(args))
        self.exit_code, self.stdout, self.stderr = result.exit_code, result.stdout, result.stderr

    def template(self, quarter: str, agency: str) -> Path:
        return self.cwd / FOLDER / quarter / f"bieu-mau-{agency}.xlsx"


@pytest.fixture
def bieu_mau(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Templates:
    monkeypatch.chdir(tmp_path)
    return Templates(tmp_path)


def _rows(datatable: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(datatable[0], row, strict=True)) for row in datatable[1:]]


def _shown(value: object) -> str:
    """A cell as the scenario writes it: dates dd/mm/yyyy, empty as ''."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def _typed(text: str) -> object:
    """A scenario cell as an agency types it in Excel: dates become date cells."""
    try:
        return dt.datetime.strptime(text, "%d/%m/%Y")
    except ValueError:
        return text or None


def _sheet_rows(path: Path, sheet: str, headers: list[str]) -> list[dict[str, str]]:
    ws = load_workbook(path)[sheet]
    head = [c.value for c in ws[1]]  # templates have their header on row 1
    return [{h: _shown(ws.cell(row, head.index(h) + 1).value) for h in headers}
            for row in range(2, ws.max_row + 1)]


# ---- templates

@when(parsers.parse("tôi lập biểu mẫu quý {quarter} cho mọi cơ quan"))
def write_all(bieu_mau: Templates, quarter: str) -> None:
    bieu_mau.run("template", "--period", quarter, "-o", FOLDER)


@given(parsers.parse('biểu mẫu quý {quarter} của cơ quan "{agency}", chưa điền gì'))
@when(parsers.parse('tôi lập biểu mẫu quý {quarter} cho cơ quan "{agency}"'))
def write_one(bieu_mau: Templates, quarter: str, agency: str) -> None:
    bieu_mau.run("template", "--period", quarter, "--agency", agency, "-o", FOLDER)


@then(parsers.parse("lệnh lập biểu mẫu kết thúc với mã {code:d}"))
def template_exit(bieu_mau: Templates, code: int) -> None:
    assert bieu_mau.exit_code == code, bieu_mau.stderr


@then(parsers.parse('lệnh lập biểu mẫu báo "{text}"'))
def template_says(bieu_mau: Templates, text: str) -> None:
    assert text in " ".join(bieu_mau.stderr.replace("│", " ").split())


@then(parsers.parse("thư mục biểu mẫu quý {quarter} có đúng các tệp sau:"))
def files_are(bieu_mau: Templates, quarter: str, datatable: list[list[str]]) -> None:
    names = sorted(p.name for p in (bieu_mau.cwd / FOLDER / quarter).iterdir())
    assert names == [row["tệp"] for row in _rows(datatable)]


@then(parsers.parse('biểu mẫu của cơ quan "{agency}" có các trang tính "{sheets}"'))
def template_sheets(bieu_mau: Templates, agency: str, sheets: str) -> None:
    path = next((bieu_mau.cwd / FOLDER).glob(f"*/bieu-mau-{agency}.xlsx"))
    assert load_workbook(path).sheetnames == sheets.split(", ")


@then(parsers.parse('trang "{sheet}" của biểu mẫu "{agency}" liệt kê các dòng sau:'))
def template_rows(bieu_mau: Templates, sheet: str, agency: str, datatable: list[list[str]]) -> None:
    path = next((bieu_mau.cwd / FOLDER).glob(f"*/bieu-mau-{agency}.xlsx"))
    assert _sheet_rows(path, sheet, datatable[0]) == _rows(datatable)


@given(parsers.parse('cơ quan "{agency}" điền trang "{sheet}" như sau:'))
def fill(bieu_mau: Templates, agency: str, sheet: str, datatable: list[list[str]]) -> None:
    """The table's first column names the row (a prefilled id); the other columns are typed in."""
    path = next((bieu_mau.cwd / FOLDER).glob(f"*/bieu-mau-{agency}.xlsx"))
    book = load_workbook(path)
    ws = book[sheet]
    head = [c.value for c in ws[1]]
    key = datatable[0][0]
    for row in _rows(datatable):
        number = next(r for r in range(2, ws.max_row + 1) if _shown(ws.cell(r, head.index(key) + 1).value) == row[key])
        for header, text in row.items():
            if header != key:
                ws.cell(number, head.index(header) + 1).value = _typed(text)
    book.save(path)


# ---- loading back

@when(parsers.parse("tôi kiểm tra quý {quarter} trên thư mục biểu mẫu"))
def evaluate_templates(bieu_mau: Templates, quarter: str) -> None:
    bieu_mau.run("evaluate", "--period", quarter, "--data", FOLDER, "--format", "json")


@then(parsers.parse("lệnh kiểm tra biểu mẫu kết thúc với mã {code:d}"))
def evaluate_exit(bieu_mau: Templates, code: int) -> None:
    assert bieu_mau.exit_code == code, bieu_mau.stderr


@then(parsers.parse('lệnh kiểm tra biểu mẫu báo "{text}"'))
def evaluate_says(bieu_mau: Templates, text: str) -> None:
    assert text in bieu_mau.stderr, bieu_mau.stderr


@then(parsers.parse('cơ quan "{agency}" có đúng các phát hiện sau:'))
def agency_findings(bieu_mau: Templates, agency: str, datatable: list[list[str]]) -> None:
    doc: dict[str, Any] = json.loads(bieu_mau.stdout)
    found = sorted(f["id"] for f in doc["findings"] if f["agency"] == agency)
    assert found == sorted(row["mã phát hiện"] for row in _rows(datatable))


# ---- the quarter workbook

@when(parsers.parse("tôi ghi kết quả kiểm tra quý {quarter} của số liệu đi kèm ra sổ tính"))
def write_workbook(bieu_mau: Templates, quarter: str) -> None:
    bieu_mau.run("evaluate", "--period", quarter, "--format", "xlsx", "-o", WORKBOOK)
    assert bieu_mau.exit_code == 0, bieu_mau.stderr


@then(parsers.parse('sổ tính có các trang tính "{sheets}"'))
def workbook_sheets(bieu_mau: Templates, sheets: str) -> None:
    assert load_workbook(bieu_mau.cwd / WORKBOOK).sheetnames == sheets.split(", ")


@then(parsers.parse('trang "{sheet}" của sổ tính có các dòng sau:'))
def workbook_rows(bieu_mau: Templates, sheet: str, datatable: list[list[str]]) -> None:
    ws = load_workbook(bieu_mau.cwd / WORKBOOK)[sheet]
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "STT")
    head = [c.value for c in ws[header]]
    rows = [{h: _shown(ws.cell(r, head.index(h) + 1).value) for h in datatable[0]}
            for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 1).value is not None]
    assert rows == _rows(datatable)
    due = head.index("Hạn nộp giải trình") + 1
    assert all(isinstance(ws.cell(r, due).value, dt.datetime) for r in range(header + 1, header + 1 + len(rows)))

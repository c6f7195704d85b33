"""Reading Excel as it is: every real cell whatever the declared size, formulas with and without a
saved value, percent formats, hidden sheets (facts/read_xlsx.py, facts/xlsx_cells.py)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cchc_rules.facts.kinds import kind_named
from cchc_rules.facts.read_xlsx import read_xlsx
from cchc_rules.facts.xlsx_cells import NoSavedValue, percent_format


def _rewrite(path: Path, change: object) -> None:
    """Apply `change(xml bytes) -> bytes` to the first sheet, as another program might write it."""
    with zipfile.ZipFile(path) as old:
        items = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in items:
            new.writestr(info, change(data) if info.filename == "xl/worksheets/sheet1.xml" else data)  # type: ignore[operator]


def _pakn_book(path: Path, rows: int) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "PAKN"
    sheet.append(["ref", "agency", "received_on", "content", "note"])
    for n in range(rows):
        sheet.append([f"P{n}", "VP", "02/03/2026", "nội dung", "ghi chú"])
    book.save(path)
    return path


def test_rows_and_columns_beyond_the_declared_size_are_read_with_a_warning(tmp_path: Path) -> None:
    path = _pakn_book(tmp_path / "pakn.xlsx", 300)
    _rewrite(path, lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:C2"', xml))
    tables, problems = read_xlsx(path, "pakn.xlsx", kind_named("pakn"))
    [table] = tables
    assert len(table.rows) == 300 and [h.text for h in table.headers][-1] == "note"
    assert [(p.code, p.params["declared"], p.params["actual"]) for p in problems] == [
        ("fact_xlsx_declared_size", "A1:C2", "A1:E301")]


def test_a_correct_declared_size_gives_no_warning(tmp_path: Path) -> None:
    tables, problems = read_xlsx(_pakn_book(tmp_path / "pakn.xlsx", 3), "pakn.xlsx", kind_named("pakn"))
    assert problems == [] and len(tables[0].rows) == 3


def test_a_formula_with_a_saved_value_reads_the_value(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Chỉ số"
    book.active.append(["indicator", "value", "note"])
    book.active.append(["so-hoa-ho-so-tthc", "=95+2", "=A2"])
    book.save(tmp_path / "b.xlsx")
    _rewrite(tmp_path / "b.xlsx", lambda xml: xml.replace(b"<v></v>", b"", 2)
             .replace(b"<f>95+2</f>", b"<f>95+2</f><v>97</v>"))
    [table], problems = read_xlsx(tmp_path / "b.xlsx", "b.xlsx", None)
    assert problems == []
    assert table.rows[0].cells[1] == 97
    assert table.rows[0].cells[2] == NoSavedValue("=A2")  # never taken for an empty cell


def test_a_hidden_sheet_of_facts_is_read_with_a_warning(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "PAKN"
    book.active.append(["ref", "agency", "received_on"])
    book.active.append(["P1", "VP", "02/03/2026"])
    book.create_sheet("Hướng dẫn")["A1"] = "x"
    book["PAKN"].sheet_state = "veryHidden"
    book.save(tmp_path / "b.xlsx")
    [table], problems = read_xlsx(tmp_path / "b.xlsx", "b.xlsx", None)
    assert len(table.rows) == 1
    assert [(p.code, p.params) for p in problems] == [("fact_hidden_sheet", {"sheet": "PAKN", "count": 1})]


@pytest.mark.parametrize(("number_format", "kind"), [
    ("0%", "scaled"), ("0.0%", "scaled"), ("#,##0.00%;[Red]-0.00%", "scaled"),
    ('0.0"%"', "text"), ("0\\%", "text"), ('"Tỷ lệ: "0.0" %"', "text"), ("General", None),
])
def test_percent_formats(number_format: str, kind: str | None) -> None:
    assert percent_format(number_format) == kind

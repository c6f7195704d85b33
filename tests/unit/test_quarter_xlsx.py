"""The quarter check as xlsx (`evaluate --format xlsx`): the four sheets read back with openpyxl, their
contents drawn from the JSON, real date cells, filters, frozen headers, print setup, English titles,
and byte-identical output for the same input. The dump of every sheet's values is the golden case
tests/golden/quarter-2026-Q3."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from typer.testing import CliRunner

from cchc_rules.cli import app
from cchc_rules.report.quarter_xlsx import render_quarter_xlsx

ROOT = Path(__file__).resolve().parents[2]
SHEETS = ["Phát hiện", "Cơ quan chậm trễ", "Giải trình phải nộp", "Dữ liệu đầu vào", "Phụ lục kỹ thuật"]
runner = CliRunner()


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # traces show paths relative to the working folder


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    result = runner.invoke(app, ["evaluate", "--period", "2026-Q3", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    path = tmp_path_factory.mktemp("xlsx") / "quy.xlsx"
    result = runner.invoke(app, ["evaluate", "--period", "2026-Q3", "--format", "xlsx", "-o", str(path)])
    assert result.exit_code == 0, result.stderr
    return load_workbook(path)


def _table(ws: Any, first: str = "STT") -> tuple[int, list[list[Any]]]:
    """The header row number and the rows under it, up to the first empty row."""
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first)
    rows = []
    for row in ws.iter_rows(min_row=header + 1, values_only=True):
        if all(v is None for v in row):
            break
        rows.append(list(row))
    return header, rows


def test_four_sheets_with_filters_frozen_headers_and_a4_landscape(book: Workbook) -> None:
    assert book.sheetnames == SHEETS
    for ws in book.worksheets:
        header, _ = _table(ws, "Tệp" if ws.title == "Dữ liệu đầu vào" else "STT")
        assert ws.freeze_panes == f"A{header + 1}"
        assert ws.auto_filter.ref.startswith(f"A{header}:")
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        assert ws.print_title_rows == f"${header}:${header}"


def test_findings_sheet_has_every_finding_of_the_json(book: Workbook, doc: dict[str, Any]) -> None:
    _, rows = _table(book["Phát hiện"])
    assert [r[0] for r in rows] == list(range(1, len(doc["findings"]) + 1))
    _, appendix = _table(book["Phụ lục kỹ thuật"])  # the ids, rules and conditions: on the last sheet only
    assert [r[1] for r in appendix] == [f["id"] for f in doc["findings"]]
    by_id = {a[1]: r for a, r in zip(appendix, rows, strict=True)}
    late = by_id["2026-Q3/task-done-late/2.0.2026"]
    assert late[1:6] == ["nhiệm vụ hoàn thành chậm", "vi phạm", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
                         "Các cơ quan, đơn vị có liên quan",
                         "Nhiệm vụ 2: Ban hành, triển khai Kế hoạch theo dõi thi hành pháp luật"]
    assert late[7] == "Phụ lục, mục 2"
    assert late[8] == "Đã nhận giải trình ngày 22/09/2026: nguyên nhân khách quan, được chấp nhận"
    assert late[9] == "data/truong-xuan/2026-Q3/bao-cao-quy-III-2026.xlsx[Tiến độ nhiệm vụ]: 3"
    assert "==" not in late[9] and "task-done-late" not in late[9]
    condition = {a[1]: a[3] for a in appendix}["2026-Q3/task-done-late/2.0.2026"]
    assert "completed_on > due" in condition


def test_lagging_sheet(book: Workbook, doc: dict[str, Any]) -> None:
    _, rows = _table(book["Cơ quan chậm trễ"])
    assert [a["agency"] for a in doc["lagging_agencies"]] == ["KT", "TTPVHCC", "VP"]
    assert [r[1] for r in rows] == ["Phòng Kinh tế", "Trung tâm Phục vụ hành chính công",
                                    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]
    kt = rows[0]
    assert kt[2] == 2 and kt[5] == "có" and kt[7] == "Chủ tịch Ủy ban nhân dân xã (VI.2.c)"
    assert kt[3].startswith("Phát hiện 1 (PAKN PAKN-2026-017)")


def test_explanations_owed_with_real_due_dates_and_received(book: Workbook) -> None:
    ws = book["Giải trình phải nộp"]
    header, rows = _table(ws)
    owed = {r[2].split(" (")[0]: r for r in rows}
    assert set(owed) == {f"Phát hiện {n}" for n in (2, 3, 4, 5, 6)}
    task = owed["Phát hiện 6"]
    assert task[2].startswith("Phát hiện 6 (Nhiệm vụ 21: ")
    assert task[1] == "Phòng Kinh tế" and task[4] == "Phụ lục, mục 21"
    assert task[5:9] == [dt.datetime(2026, 9, 18), dt.datetime(2026, 10, 2), "còn nợ", "không"]
    assert ws.cell(header + 1, 6).number_format == "dd/mm/yyyy" == ws.cell(header + 1, 7).number_format
    late = owed["Phát hiện 2"]
    assert late[7:12] == ["không được chấp nhận", "có", dt.datetime(2026, 9, 23), "chủ quan", "không"]


def test_inputs_sheet_counts_and_total(book: Workbook, doc: dict[str, Any]) -> None:
    _, rows = _table(book["Dữ liệu đầu vào"], "Tệp")
    assert [r[0] for r in rows[:-1]] == [f["file"] for f in doc["inputs"]["files"]]
    assert rows[-1][:6] == ["(tổng)", None, 59, 59, 0, 0]


def test_warnings_are_listed_in_full(doc: dict[str, Any], tmp_path: Path) -> None:
    doc = {**doc, "warnings": [{"file": "data/x/2026-Q3/pakn.csv", "row": 3, "field": "Ngày", "message": "m",
                                "hint": "h"}]}
    path = tmp_path / "w.xlsx"
    render_quarter_xlsx(doc, path)
    ws = load_workbook(path)["Dữ liệu đầu vào"]
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    assert ["data/x/2026-Q3/pakn.csv", "Ngày", 3, None, None, None, "m\nGợi ý: h"] in values


def test_english_sheet_titles(doc: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "en.xlsx"
    render_quarter_xlsx(doc, path, "en")
    book = load_workbook(path)
    assert book.sheetnames == ["Findings", "Lagging agencies", "Explanations owed", "Inputs", "Technical appendix"]
    assert book["Findings"]["A1"].value == "ADMINISTRATIVE REFORM CHECK Q3 2026"


def test_empty_quarter_says_none(doc: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "none.xlsx"
    render_quarter_xlsx({**doc, "findings": [], "lagging_agencies": []}, path)
    book = load_workbook(path)
    assert book["Phát hiện"]["A5"].value == "Không có."
    assert book["Giải trình phải nộp"]["A5"].value == "Không có."


def test_same_json_gives_byte_identical_workbooks(doc: dict[str, Any], tmp_path: Path) -> None:
    render_quarter_xlsx(doc, tmp_path / "a.xlsx")
    render_quarter_xlsx(doc, tmp_path / "b.xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    props = load_workbook(tmp_path / "a.xlsx").properties
    assert props.created == props.modified == dt.datetime(2026, 9, 18)

"""The readers: CSV (BOM, delimiters, quoted lines, encodings), Excel (sheets, dates, %), YAML/JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from cchc_rules.facts.kinds import TASK_STATUS
from cchc_rules.facts.raw import RawTable, column_letter
from cchc_rules.facts.read_csv import detect_delimiter, read_csv
from cchc_rules.facts.read_xlsx import read_xlsx
from cchc_rules.facts.read_yaml import read_json_facts, read_yaml_facts


def _csv(tmp_path: Path, data: bytes) -> tuple[RawTable | None, list]:
    path = tmp_path / "task_status.csv"
    path.write_bytes(data)
    return read_csv(path, "task_status.csv", "task_status")


def _rows(table: RawTable | None) -> list[tuple[int, list[object]]]:
    assert table is not None
    return [(r.row, [r.cells.get(h.key) for h in table.headers]) for r in table.rows]


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_csv_delimiters_and_bom(tmp_path: Path, sep: str) -> None:
    text = sep.join(["Nhiệm vụ", "Trạng thái", "Ghi chú"]) + "\r\n" + sep.join(["2", "Hoàn thành", '"a, b; c"']) + "\r\n"
    table, problems = _csv(tmp_path, b"\xef\xbb\xbf" + text.encode())
    assert problems == []
    assert table is not None
    assert [h.text for h in table.headers] == ["Nhiệm vụ", "Trạng thái", "Ghi chú"]  # no BOM left on the first
    assert _rows(table) == [(2, ["2", "Hoàn thành", "a, b; c"])]


def test_csv_rows_are_spreadsheet_rows(tmp_path: Path) -> None:
    """A quoted cell spanning two lines is one row; blank rows are skipped but keep numbering."""
    data = 'task,note\n1,"dòng một\ndòng hai"\n\n,\n3,x\n'.encode()
    table, _ = _csv(tmp_path, data)
    assert _rows(table) == [(2, ["1", "dòng một\ndòng hai"]), (5, ["3", "x"])]


def test_csv_semicolon_only_row_is_blank(tmp_path: Path) -> None:
    table, _ = _csv(tmp_path, b"task;status\n;\n2;done\n")
    assert _rows(table) == [(3, ["2", "done"])]


def test_csv_not_utf8_names_row_and_byte(tmp_path: Path) -> None:
    data = "task,status\n2,done\n3,".encode() + "Hoàn thành".encode("cp1258") + b"\n"
    table, problems = _csv(tmp_path, data)
    assert table is None
    assert len(problems) == 1
    assert (problems[0].code, problems[0].location.line, problems[0].params) == ("fact_not_utf8", 3, {"byte": "0xE0"})


@pytest.mark.parametrize("data", [b'task,status\n2,"done\n3,done\n',
                                  b'task,status\n2,"done" x\n3,done\n',
                                  b'task,status\n2,"done\n' + b"3,done\n" * 30000],
                         ids=["open-at-end", "text-after-quote", "long-file"])
def test_csv_unclosed_quote_is_not_swallowed(tmp_path: Path, data: bytes) -> None:
    table, problems = _csv(tmp_path, data)
    assert table is None
    # where the quote opens; a quote swallowing 30000 lines makes a cell too long (its hint says
    # a quote left open is the usual cause)
    code = "fact_csv_cell_too_long" if len(data) > 131072 else "fact_csv_syntax"
    assert [(p.code, p.location.line) for p in problems] == [(code, 2)]


def test_csv_nfd_text_becomes_nfc(tmp_path: Path) -> None:
    import unicodedata

    table, _ = _csv(tmp_path, unicodedata.normalize("NFD", "task,status\n2,Hoàn thành\n").encode())
    assert _rows(table) == [(2, ["2", "Hoàn thành"])]


def test_csv_empty_file(tmp_path: Path) -> None:
    table, problems = _csv(tmp_path, b"\xef\xbb\xbf\n\n")
    assert problems == []
    assert table is not None
    assert (table.headers, table.rows) == ((), ())


def test_detect_delimiter_ignores_quoted_text() -> None:
    assert detect_delimiter('"a;b;c",x,y\n') == ","
    assert detect_delimiter("\n\ntask;status\n") == ";"


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 701, 702)] == ["A", "B", "Z", "AA", "ZZ", "AAA"]


# ---- Excel

def _book(tmp_path: Path, name: str, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_xlsx_sheets_by_kind_name(tmp_path: Path) -> None:
    path = _book(tmp_path, "bao-cao.xlsx", {
        "Hướng dẫn": [["Điền vào các trang sau"]],
        "Tiến độ nhiệm vụ": [["Nhiệm vụ", "Trạng thái"], [2, "Hoàn thành"]],
        "PAKN": [["Số", "Cơ quan"], ["P1", "VP"]],
        "Sheet9": [["x"]],
        "Trống": [],
    })
    tables, problems = read_xlsx(path, "bao-cao.xlsx", None)
    assert [(t.file, t.kind) for t in tables] == [("bao-cao.xlsx[Tiến độ nhiệm vụ]", "task_status"),
                                                  ("bao-cao.xlsx[PAKN]", "pakn")]
    assert [(p.code, p.severity, p.location.file) for p in problems] == [
        ("fact_unknown_sheet", "warning", "bao-cao.xlsx[Sheet9]")]


def test_xlsx_named_by_kind_reads_any_sheet(tmp_path: Path) -> None:
    path = _book(tmp_path, "task_status.xlsx", {"Sheet1": [["task", "status"], [2, "done"]]})
    tables, problems = read_xlsx(path, "task_status.xlsx", TASK_STATUS)
    assert problems == []
    assert [(t.kind, t.file) for t in tables] == [("task_status", "task_status.xlsx[Sheet1]")]


def test_xlsx_cells_keep_types_and_row_numbers(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Chỉ số"
    sheet["B3"] = "indicator"
    sheet["C3"] = "value"
    sheet["D3"] = "ngày"
    sheet["B5"] = "so-hoa"
    sheet["C5"] = 0.975
    sheet["C5"].number_format = "0.0%"
    sheet["D5"] = dt.datetime(2026, 3, 20)
    sheet["C6"] = 97.5
    path = tmp_path / "x.xlsx"
    book.save(path)
    tables, _ = read_xlsx(path, "x.xlsx", None)
    assert [h.row for h in tables[0].headers] == [3, 3, 3]
    assert _rows(tables[0]) == [(5, ["so-hoa", 97.5, dt.datetime(2026, 3, 20)]), (6, [None, 97.5, None])]


def test_xlsx_named_by_kind_but_empty_warns(tmp_path: Path) -> None:
    path = _book(tmp_path, "task_status.xlsx", {"Sheet1": [], "Hướng dẫn": [["Điền vào Sheet1"]]})
    tables, problems = read_xlsx(path, "task_status.xlsx", TASK_STATUS)
    assert tables == []
    assert [(p.code, p.severity, p.params) for p in problems] == [
        ("fact_empty_file", "warning", {"columns": "task, status"})]


def test_xlsx_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "task_status.xlsx"
    path.write_text("task,status\n", encoding="utf-8")
    tables, problems = read_xlsx(path, "task_status.xlsx", TASK_STATUS)
    assert tables == []
    assert [p.code for p in problems] == ["fact_bad_workbook"]


def test_xlsx_with_damaged_sheet(tmp_path: Path) -> None:
    """A zip that opens as a workbook but whose sheet XML is broken (read lazily in read-only mode)."""
    import zipfile

    good = _book(tmp_path, "good.xlsx", {"Sheet1": [["task", "status"], [2, "done"]]})
    bad = tmp_path / "task_status.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, b"<worksheet><sheetData><row" if item.filename.endswith("sheet1.xml") else data)
    tables, problems = read_xlsx(bad, "task_status.xlsx", TASK_STATUS)
    assert tables == []
    assert [p.code for p in problems] == ["fact_bad_workbook"]


# ---- YAML and JSON

def test_yaml_rows_are_item_lines_and_text_as_written(tmp_path: Path) -> None:
    path = tmp_path / "pakn.yaml"
    path.write_text("# PAKN\n- ref: 0123\n  agency: VP\n  note: no\n  received_on: 2026-03-02\n"
                    "\n- ref: 'A-1'\n  agency: KT\n  note: ~\n", encoding="utf-8")
    table, problems = read_yaml_facts(path, "pakn.yaml", "pakn")
    assert problems == []
    assert table is not None
    assert [(r.row, r.cells) for r in table.rows] == [
        (2, {"ref": "0123", "agency": "VP", "note": "no", "received_on": "2026-03-02"}),
        (7, {"ref": "A-1", "agency": "KT"}),
    ]
    assert [(h.text, h.row) for h in table.headers] == [("ref", 2), ("agency", 2), ("note", 2), ("received_on", 2)]


def test_yaml_not_a_list(tmp_path: Path) -> None:
    path = tmp_path / "pakn.yaml"
    path.write_text("ref: P1\nagency: VP\n", encoding="utf-8")
    table, problems = read_yaml_facts(path, "pakn.yaml", "pakn")
    assert table is None
    assert [(p.code, p.params) for p in problems] == [("fact_not_a_list", {"found": {"word": "mapping"}})]


def test_yaml_item_not_a_mapping_and_nested_value(tmp_path: Path) -> None:
    path = tmp_path / "pakn.yaml"
    path.write_text("- P1\n- ref: P2\n  agency: [VP, KT]\n", encoding="utf-8")
    _, problems = read_yaml_facts(path, "pakn.yaml", "pakn")
    assert [(p.code, p.location.line, p.field) for p in problems] == [
        ("fact_row_not_mapping", 1, "(dòng)"), ("fact_nested_value", 2, "agency")]


def test_yaml_syntax_error_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "pakn.yaml"
    path.write_text("- ref: P1\n  agency: VP\n - ref: P2\n", encoding="utf-8")
    table, problems = read_yaml_facts(path, "pakn.yaml", "pakn")
    assert table is None
    assert [p.code for p in problems] == ["yaml_syntax"]


def test_json_rows_are_numbered_by_the_line_of_their_item(tmp_path: Path) -> None:
    path = tmp_path / "pakn.json"
    path.write_text('[\n {"ref": "P1", "agency": "VP"},\n {"ref": "P2", "agency": "KT", "due_on": null}\n]',
                    encoding="utf-8")
    table, problems = read_json_facts(path, "pakn.json", "pakn")
    assert problems == []
    assert table is not None
    assert [(r.row, r.cells) for r in table.rows] == [(2, {"ref": "P1", "agency": "VP"}),
                                                      (3, {"ref": "P2", "agency": "KT"})]


def test_json_duplicate_key_is_reported_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "pakn.json"
    path.write_text('[{"ref": "P1", "x": {"y": 1}},\n {"ref": "P2",\n  "ref": "P3"}]', encoding="utf-8")
    _, problems = read_json_facts(path, "pakn.json", "pakn")
    assert [(p.code, p.location.line, p.field) for p in problems if p.code == "fact_duplicate_field"] == [
        ("fact_duplicate_field", 3, "ref")]


def test_json_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "pakn.json"
    path.write_text('[{"ref": "P1",}]', encoding="utf-8")
    table, problems = read_json_facts(path, "pakn.json", "pakn")
    assert table is None
    assert problems[0].code == "fact_json_syntax"
    assert problems[0].params["line"] == 1


@pytest.mark.parametrize("text", ["[" * 100000 + "]" * 100000,
                                  '[\n{"ref": "P1"},\n' + '{"a": ' * 100000 + "1" + "}" * 100000 + "]"])
def test_json_nested_thousands_deep_is_a_problem_not_a_crash(tmp_path: Path, text: str) -> None:
    path = tmp_path / "pakn.json"
    path.write_text(text, encoding="utf-8")
    table, problems = read_json_facts(path, "pakn.json", "pakn")
    assert table is None
    assert [(p.code, p.location.line) for p in problems] == [("fact_json_too_deep", 1 if text[1] == "[" else 3)]

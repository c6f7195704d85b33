"""Matching headers to fields: Vietnamese headers, required marks, unknown, duplicate, missing columns."""

from __future__ import annotations

from cchc_rules.facts.header import map_headers, rows_of, unnamed_cells
from cchc_rules.facts.kinds import INDICATOR_VALUES, TASK_STATUS
from cchc_rules.facts.raw import Header, RawRow, RawTable


def _table(*headers: str, rows: tuple[RawRow, ...] = ()) -> RawTable:
    return RawTable("t.csv", "task_status", tuple(Header(i, h, 1) for i, h in enumerate(headers)), rows)


def test_vietnamese_headers_any_case_and_spacing() -> None:
    table = _table("STT", "  TRẠNG   thái (*)", "Ngày hoàn thành*", "Sản phẩm", "Ghi chú")
    layout, problems = map_headers(table, TASK_STATUS)
    assert problems == []
    assert layout.usable
    assert {name: h.text for name, h in layout.fields.items()} == {
        "task": "STT", "status": "  TRẠNG   thái (*)", "completed_on": "Ngày hoàn thành*",
        "product_ref": "Sản phẩm", "note": "Ghi chú"}


def test_unknown_column_is_a_warning_with_did_you_mean() -> None:
    layout, problems = map_headers(_table("task", "status", "agencyy"), TASK_STATUS)
    assert layout.usable
    [problem] = problems
    assert (problem.code, problem.severity, problem.field, problem.suggestion) == (
        "fact_unknown_column", "warning", "agencyy", "agency")
    assert problem.location.line == 1


def test_informational_columns_are_accepted_silently() -> None:
    _, problems = map_headers(_table("STT", "Nội dung nhiệm vụ", "Trạng thái"), TASK_STATUS)
    assert problems == []


def test_two_headers_for_one_field_is_an_error() -> None:
    _, problems = map_headers(_table("task", "Nhiệm vụ", "status"), TASK_STATUS)
    assert [(p.code, p.field, p.params["first"], p.params["first_col"]) for p in problems] == [
        ("fact_duplicate_column", "Nhiệm vụ", "task", "A")]


def test_missing_required_column_makes_the_table_unusable() -> None:
    layout, problems = map_headers(_table("Nhiệm vụ", "Cơ quan"), TASK_STATUS)
    assert not layout.usable
    assert [(p.code, p.field, p.params["alias"]) for p in problems] == [
        ("fact_missing_column", "status", "trạng thái")]


def test_indicator_name_column_beside_the_id_is_not_a_duplicate() -> None:
    table = RawTable("i.csv", "indicator_values",
                     (Header(0, "Mã chỉ số", 1), Header(1, "Tên chỉ số", 1), Header(2, "Giá trị", 1)), ())
    layout, problems = map_headers(table, INDICATOR_VALUES)
    assert problems == []
    assert set(layout.fields) == {"indicator", "value"}


def test_unnamed_cells_warn_once_per_column() -> None:
    rows = (RawRow(2, {0: "2", 1: "done", 3: "lạc"}), RawRow(3, {0: "3", 1: "done", 3: "nữa"}))
    problems = unnamed_cells(_table("task", "status", rows=rows))
    assert [(p.code, p.location.line, p.params) for p in problems] == [
        ("fact_unnamed_cells", 2, {"cell": "D2", "col": "D"})]


def test_rows_keep_the_header_as_written() -> None:
    table = _table("Nhiệm vụ", "Trạng thái", "Ngày hoàn thành", rows=(RawRow(4, {0: "2", 1: "xong"}),))
    layout, _ = map_headers(table, TASK_STATUS)
    [row] = rows_of(table, layout, TASK_STATUS)
    assert (row.number, row.cells) == (4, {"task": "2", "status": "xong"})
    assert row.header("completed_on") == "Ngày hoàn thành"  # blank cell, header still as written
    assert row.header("agency") == "agency"  # no such column: the field name

"""Writes the Excel workbooks of the bad-facts corpus (binary files are made, not hand-edited).

Run from the repository root after changing a workbook here:
    .venv/bin/python tests/facts_problems/make_xlsx.py
then regenerate the case's expected.txt (UPDATE_FACTS_GOLDEN=1) and review the diff.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
FIXED = dt.datetime(2026, 1, 1)  # workbook metadata, so the file does not change on every run


def xlsx_sheet_vi() -> None:
    """One workbook from an agency with a Vietnamese-named sheet per kind, and one mistake:
    task 3 is 'Hoàn thành' without a completion date (row 3 of 'Tiến độ nhiệm vụ')."""
    book = openpyxl.Workbook()
    guide = book.active
    guide.title = "Hướng dẫn"
    guide["A1"] = "Điền tiến độ nhiệm vụ và giá trị chỉ số vào hai trang sau."
    tasks = book.create_sheet("Tiến độ nhiệm vụ")
    tasks.append(["STT", "Nội dung nhiệm vụ", "Trạng thái", "Ngày hoàn thành", "Cơ quan"])
    tasks.append([2, "Ban hành Kế hoạch theo dõi thi hành pháp luật", "Hoàn thành", dt.datetime(2026, 3, 20), "VP"])
    tasks.append([3, "Công bố danh mục thủ tục hành chính", "Hoàn thành", None, "TTPVHCC"])
    values = book.create_sheet("Chỉ số")
    values.append(["Mã chỉ số", "Giá trị"])
    values.append(["so-hoa-ho-so-tthc", 0.975])
    values["B2"].number_format = "0.0%"
    _save(book, HERE / "xlsx_sheet_vi" / "data" / "bao-cao-quy-1.xlsx")


def xlsx_ok_dates_percent() -> None:
    """A workbook that loads: real Excel dates, a %-formatted cell (0.975 shown as 97.5%), a
    'Danh mục' drop-down list sheet (skipped), a 'PAKN' sheet, and an empty default sheet."""
    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    lists = book.create_sheet("Danh mục")
    lists.append(["hoàn thành", "đang thực hiện", "chưa thực hiện"])
    tasks = book.create_sheet("Tiến độ nhiệm vụ")
    tasks.append(["Nhiệm vụ (*)", "Trạng thái (*)", "Ngày hoàn thành", "Sản phẩm", "Năm"])
    tasks.append([2, "Đã hoàn thành", dt.datetime(2026, 3, 20), "Kế hoạch số 15/KH-UBND ngày 20/03/2026", 2026])
    values = book.create_sheet("Chỉ số")
    values.append(["STT", "Mã chỉ số", "Tên chỉ số", "Giá trị", "Nguồn số liệu"])
    values.append([1, "pakn-tiep-nhan-xu-ly", "Tỷ lệ PAKN được tiếp nhận, xử lý", 0.975, "Hệ thống PAKN"])
    values["D2"].number_format = "0.0%"
    feedback = book.create_sheet("PAKN")
    feedback.append(["Số", "Cơ quan xử lý", "Ngày tiếp nhận", "Hạn xử lý", "Ngày xử lý"])
    feedback.append(["PAKN-2026-001", "VP", dt.datetime(2026, 3, 2), dt.datetime(2026, 3, 16), None])
    _save(book, HERE / "xlsx_ok_dates_percent" / "data" / "bao-cao-vp.xlsx")


def xlsx_declared_size() -> None:
    """A sheet that declares itself A1:B3 but holds 5 columns and 5 data rows, as some programs
    write it: openpyxl's read-only mode would read 2 rows and miss the completed_on column."""
    book = openpyxl.Workbook()
    tasks = book.active
    tasks.title = "Tiến độ nhiệm vụ"
    tasks.append(["Nhiệm vụ", "Trạng thái", "Ngày hoàn thành", "Cơ quan", "Ghi chú"])
    tasks.append([1, "Đang thực hiện", None, "VP", None])
    tasks.append([2, "Hoàn thành", dt.datetime(2026, 3, 20), "VP", "Kế hoạch 15/KH-UBND"])
    tasks.append([3, "Hoàn thành", dt.datetime(2026, 5, 15), "TTPVHCC", None])
    tasks.append([4, "Đang thực hiện", None, "TTPVHCC", None])
    tasks.append([5, "Chưa thực hiện", None, "VHXH", None])
    path = HERE / "xlsx_declared_size" / "data" / "task_status.xlsx"
    _save(book, path)
    _declare(path, "xl/worksheets/sheet1.xml", "A1:B3")


def xlsx_formula_no_value() -> None:
    """Formulas saved without their values (openpyxl, like many programs, does not calculate):
    the status of task 2 and the value of an indicator must not read as empty cells."""
    book = openpyxl.Workbook()
    tasks = book.active
    tasks.title = "Tiến độ nhiệm vụ"
    tasks.append(["Nhiệm vụ", "Trạng thái", "Ngày hoàn thành", "Cơ quan"])
    tasks.append([2, '=IF(C2<>"","Hoàn thành","Đang thực hiện")', dt.datetime(2026, 3, 20), "VP"])
    tasks.append([3, "Đang thực hiện", None, "TTPVHCC"])
    values = book.create_sheet("Chỉ số")
    values.append(["Mã chỉ số", "Tử số", "Mẫu số", "Giá trị"])
    values.append(["so-hoa-ho-so-tthc", 195, 200, "=B2/C2*100"])
    _save(book, HERE / "xlsx_formula_no_value" / "data" / "bao-cao.xlsx")


def xlsx_hidden_text_percent() -> None:
    """A hidden sheet of facts, and 0.8 in a cell formatted 0.0"%" (shown as 0.8%, not 80%)."""
    book = openpyxl.Workbook()
    tasks = book.active
    tasks.title = "Tiến độ nhiệm vụ"
    tasks.append(["Nhiệm vụ", "Trạng thái", "Cơ quan"])
    tasks.append([3, "Đang thực hiện", "TTPVHCC"])
    values = book.create_sheet("Chỉ số")
    values.append(["Mã chỉ số", "Giá trị"])
    values.append(["so-hoa-ho-so-tthc", 0.8])
    values["B2"].number_format = '0.0"%"'
    values.sheet_state = "hidden"
    _save(book, HERE / "xlsx_hidden_text_percent" / "data" / "bao-cao.xlsx")


def _declare(path: Path, member: str, ref: str) -> None:
    """Rewrite the size a sheet declares (<dimension ref=…>), keeping every other byte."""
    with zipfile.ZipFile(path) as old:
        items = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in items:
            if info.filename == member:
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + ref.encode() + b'"', data)
            new.writestr(info, data)


def _save(book: openpyxl.Workbook, path: Path) -> None:
    book.properties.created = FIXED
    book.properties.modified = FIXED
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


if __name__ == "__main__":
    xlsx_sheet_vi()
    xlsx_ok_dates_percent()
    xlsx_declared_size()
    xlsx_formula_no_value()
    xlsx_hidden_text_percent()

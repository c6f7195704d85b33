"""Laying out one agency template as an xlsx workbook: an instructions sheet, then one data sheet per
kind owed, with drop-downs for statuses, date and percent formats and validation of value cells.

Last stage of writing agency templates (I/O). Data sheets start with their header on row 1 (the
facts readers take the first non-blank row as the header); identification cells are grey, value
cells white. The instructions sheet ('Hướng dẫn') is one the readers skip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cchc_rules.messages import Lang
from cchc_rules.report.xlsx_common import (
    BORDER,
    DATE_FORMAT,
    FONT_NAME,
    FONT_SIZE,
    fit_row_height,
    put,
    save_deterministic,
    set_widths,
    setup_page,
    write_header,
)
from cchc_rules.templates.sheets import STATUSES, Column, Sheet

ID_FILL = PatternFill("solid", fgColor="F2F2F2")
PERCENT_FORMAT = "0.00%"
_FIRST_DAY = "36526"  # 01/01/2000 as an Excel date serial: the earliest date a value cell accepts

_V: dict[str, dict[str, tuple[str, str]]] = {  # validation messages: (title, text)
    "vi": {
        "status": ("Tình trạng", "Chọn trong danh sách: {statuses}."),
        "date": ("Ngày", "Gõ ngày dạng dd/mm/yyyy, ví dụ 16/09/2026."),
        "percent": ("Tỷ lệ", "Gõ tỷ lệ phần trăm từ 0% đến 100%, ví dụ 96,2%."),
        "count": ("Số", "Gõ một số nguyên không âm, ví dụ 1418."),
        "number": ("Số", "Gõ một số, ví dụ 3,5."),
    },
    "en": {
        "status": ("Status", "Choose from the list: {statuses}."),
        "date": ("Date", "Type a date as dd/mm/yyyy, e.g. 16/09/2026."),
        "percent": ("Rate", "Type a percentage from 0% to 100%, e.g. 96.2%."),
        "count": ("Number", "Type a whole number, 0 or more, e.g. 1418."),
        "number": ("Number", "Type a number, e.g. 3.5."),
    },
}


def write_workbook(path: Path, instructions: tuple[str, Sequence[str]], sheets: Sequence[Sheet], lang: Lang,
                   when: dt.datetime) -> None:
    """Write a template: the instructions sheet (name, lines), then `sheets`; fixed dates `when`."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    _instructions(first, *instructions)
    for sheet in sheets:
        _data_sheet(wb.create_sheet(sheet.name), sheet, lang)
    save_deterministic(wb, path, when)


GUIDE_WIDTH = 95  # characters: one portrait A4 page wide at 100 % (print_scale)


def _instructions(ws: Worksheet, name: str, lines: Sequence[str]) -> None:
    ws.title = name
    set_widths(ws, (GUIDE_WIDTH,))
    for row, text in enumerate(lines, start=1):
        cell = put(ws, row, 1, text)
        cell.font = Font(name=FONT_NAME, size=14 if row == 1 else FONT_SIZE, bold=row <= 2)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        fit_row_height(ws, row, [text], (GUIDE_WIDTH,))
    setup_page(ws, 0, landscape=False)  # fitted to one page wide, A4 portrait
    ws.freeze_panes = None
    ws.print_title_rows = None


# A4 in millimetres, less the margins of xlsx_common.MARGINS (0.79 in left, 0.59 in right).
_PRINTABLE_MM = {True: 297 - (0.79 + 0.59) * 25.4, False: 210 - (0.79 + 0.59) * 25.4}


def print_scale(widths: Sequence[float], landscape: bool) -> float:
    """The scale at which columns of these widths (Excel character units, Calibri-11 digits of 7 px)
    fit the printable width of A4, at most 1: what 'fit to page width' will print at.

    Examples:
        >>> round(print_scale([100], landscape=False), 2), print_scale([10] * 5, landscape=True)
        (0.94, 1.0)
    """
    pixels = sum(int(w * 7 + 5) for w in widths)
    millimetres = pixels * 25.4 / 96
    return min(1.0, _PRINTABLE_MM[landscape] / millimetres)


def _data_sheet(ws: Worksheet, sheet: Sheet, lang: Lang) -> None:
    widths = [c.width for c in sheet.columns]
    write_header(ws, 1, [c.header for c in sheet.columns], widths)
    for index, values in enumerate(sheet.rows):
        row = index + 2
        for col, column in enumerate(sheet.columns, start=1):
            value = values[col - 1] if col <= len(values) else None
            _cell(ws, row, col, column, value, percent=index in sheet.percent_rows)
        fit_row_height(ws, row, [v if isinstance(v, str) else "" for v in values] + [""] * (len(widths) - len(values)),
                       widths)
    _validations(ws, sheet, lang)
    setup_page(ws, 1, landscape=True)


def _cell(ws: Worksheet, row: int, col: int, column: Column, value: object, percent: bool) -> None:
    cell = put(ws, row, col, value)
    cell.font = Font(name=FONT_NAME, size=FONT_SIZE)
    cell.border = BORDER
    cell.alignment = Alignment(vertical="center", wrap_text=True,
                               horizontal="left" if column.kind in ("info", "text") else "center")
    if column.kind in ("id", "info"):
        cell.fill = ID_FILL
    if column.kind == "date" or isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif column.kind == "percent":
        cell.number_format = PERCENT_FORMAT if percent else "0.##"
    elif column.kind == "count":
        cell.number_format = "0"


def _validations(ws: Worksheet, sheet: Sheet, lang: Lang) -> None:
    """One data validation per value column (percent cells split into % rows and plain numbers)."""
    if not sheet.rows:
        return
    last = len(sheet.rows) + 1
    for col, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(col)
        if column.kind == "percent":
            percent = [f"{letter}{i + 2}" for i in range(len(sheet.rows)) if i in sheet.percent_rows]
            plain = [f"{letter}{i + 2}" for i in range(len(sheet.rows)) if i not in sheet.percent_rows]
            _add(ws, "percent", percent, lang)
            _add(ws, "number", plain, lang)
        elif column.kind in ("status", "date", "count"):
            _add(ws, column.kind, [f"{letter}2:{letter}{last}"], lang)


def _add(ws: Worksheet, kind: str, ranges: Sequence[str], lang: Lang) -> None:
    if not ranges:
        return
    statuses = STATUSES[lang]
    title, text = _V[lang][kind]
    rules = {
        "status": {"type": "list", "formula1": '"' + ",".join(statuses) + '"'},
        "date": {"type": "date", "operator": "greaterThanOrEqual", "formula1": _FIRST_DAY},
        "percent": {"type": "decimal", "operator": "between", "formula1": "0", "formula2": "1"},
        "count": {"type": "whole", "operator": "greaterThanOrEqual", "formula1": "0"},
        "number": {"type": "decimal", "operator": "greaterThanOrEqual", "formula1": "-1000000000"},
    }[kind]
    check = DataValidation(allow_blank=True, showErrorMessage=True, showInputMessage=True,
                           errorTitle=title, error=text.format(statuses=", ".join(statuses)),
                           promptTitle=title, prompt=text.format(statuses=", ".join(statuses)), **rules)
    for cells in ranges:
        check.add(cells)
    ws.add_data_validation(check)

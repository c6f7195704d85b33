"""What every workbook cchc-rules writes shares: fonts and fills, column widths, row heights for
wrapped text, header rows, A4 print setup and a deterministic save (fixed dates, same bytes).

Used by the renderers of `report/` (score_xlsx, quarter_xlsx), the batch workbook and the agency
templates (`templates/`). Pure layout: no decisions about content are made here.

Text is always text: `put` writes every string as a string cell, so a unit name or task content
starting with `=` (or `+`, `-`, `@`) never becomes a live formula (`=HYPERLINK(...)`, DDE…); the
only formulas are the ones a writer wraps in `Formula`, and `save_deterministic` turns any other
formula cell back into text before saving. No `'` prefix is added: a string cell is never
evaluated by Excel or LibreOffice, and the text reads back exactly as written (templates are
loaded back by `evaluate --data`).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import tostring

from cchc_rules.report.output import atomic_open

FONT_NAME, FONT_SIZE = "Times New Roman", 12
LINE_HEIGHT = 16.0  # points per text line at FONT_SIZE
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
PART_FILL = PatternFill("solid", fgColor="DDEBF7")
WARN_FILL = PatternFill("solid", fgColor="FFF2CC")
MARGINS = PageMargins(left=0.79, right=0.59, top=0.79, bottom=0.79, header=0.3, footer=0.3)
DATE_FORMAT = "dd/mm/yyyy"


# The formulas the writers mean to write (score_xlsx sums and the converted total).
_OUR_FORMULAS = re.compile(r"=SUM\([A-Z]+\d+(?:,[A-Z]+\d+)*\)|=IF\(C\d+=0,0,ROUND\([DE]\d+\*[\d.]+/C\d+,\d+\)\)")


@dataclass(frozen=True)
class Formula:
    """A formula a writer means to write (`put` writes every plain string as text)."""

    text: str


def put(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    """Write `value` into a cell: strings as text (never a formula), `Formula` as a formula."""
    if isinstance(value, Formula):
        return ws.cell(row=row, column=col, value=value.text)
    cell = ws.cell(row=row, column=col, value=value)
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def formulas_as_text(wb: Workbook) -> None:
    """Any formula cell that is not one of ours becomes text again (a writer that forgot `put`)."""
    for ws in wb.worksheets:
        for line in ws.iter_rows():
            for cell in line:
                if cell.data_type == "f" and not _OUR_FORMULAS.fullmatch(str(cell.value)):
                    cell.data_type = "s"


def set_widths(ws: Worksheet, widths: Sequence[int]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def text_lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column `width` characters wide (a generous estimate).

    Examples:
        >>> text_lines("abc", 10), text_lines("a" * 30, 10), text_lines("a\\nb", 10)
        (1, 4, 2)
    """
    per_line = max(width - 1, 1)
    return sum(max(1, math.ceil(len(line) * 1.1 / per_line)) for line in text.split("\n"))


def fit_row_height(ws: Worksheet, row: int, texts: Sequence[str], widths: Sequence[int],
                   indent: int = 0) -> None:
    """Row height for wrapped text (Excel does not grow rows written by openpyxl by itself)."""
    lines = max((text_lines(t, w - (indent * 2 if col == 2 else 0)) for col, (t, w)
                 in enumerate(zip(texts, widths, strict=True), start=1) if t), default=1)
    ws.row_dimensions[row].height = max(lines, 1) * LINE_HEIGHT + 4


def merged_line(ws: Worksheet, row: int, text: str, font: Font, columns: int,
                fill: PatternFill | None = None) -> None:
    """A title line merged across `columns` columns, tall enough for its wrapped text."""
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    cell = put(ws, row, 1, text)
    cell.font = font
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    total_width = sum(ws.column_dimensions[get_column_letter(c)].width or 9 for c in range(1, columns + 1))
    ws.row_dimensions[row].height = max(text_lines(text, total_width * 0.8), 1) * (font.sz or FONT_SIZE) * 1.35


def body_cell(ws: Worksheet, row: int, col: int, value: object, centered: bool,
              number_format: str | None = None) -> None:
    """One bordered, wrapped body cell in the form's font; `number_format` for numbers and dates."""
    cell = put(ws, row, col, value)
    cell.font = Font(name=FONT_NAME, size=FONT_SIZE)
    cell.border = BORDER
    cell.alignment = Alignment(horizontal="center" if centered else "left", vertical="center", wrap_text=True)
    if number_format is not None:
        cell.number_format = number_format


def write_header(ws: Worksheet, row: int, headers: Sequence[str], widths: Sequence[int]) -> None:
    """A bold, grey, bordered header row; sets the column widths too."""
    set_widths(ws, widths)
    for col, text in enumerate(headers, start=1):
        cell = put(ws, row, col, text)
        cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fit_row_height(ws, row, headers, widths)


def setup_page(ws: Worksheet, header: int, landscape: bool) -> None:
    """Frozen header, header repeated on every page, A4 fitted to the page width, page numbers."""
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    ws.print_title_rows = f"{header}:{header}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = MARGINS
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = FONT_NAME


def save_deterministic(wb: Workbook, path: Path, when: datetime) -> None:
    """Save with fixed document dates and zip timestamps, so the same doc gives the same bytes;
    atomically (report/output.py): an error leaves no partial workbook."""
    formulas_as_text(wb)
    buffer = io.BytesIO()
    wb.save(buffer)  # openpyxl stamps `modified` with the clock: put the fixed date back below
    wb.properties.created = wb.properties.modified = when
    wb.properties.creator = wb.properties.lastModifiedBy = "cchc-rules"
    core = tostring(wb.properties.to_tree())
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    with atomic_open(path, binary=True) as handle, zipfile.ZipFile(buffer) as source, \
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = core if info.filename == "docProps/core.xml" else source.read(info.filename)
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, data)

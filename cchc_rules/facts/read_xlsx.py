"""Reading an Excel workbook (.xlsx, read-only) into one RawTable per sheet of facts.

First stage of reading facts for `*.xlsx`. A sheet named after a kind (kinds.kind_named) holds
that kind; in `<kind>.xlsx` any other sheet holds the file's kind; instruction sheets
('Hướng dẫn…') and empty sheets are skipped; any other sheet is reported and skipped.
Cells keep Excel's types (numbers, dates) and are read as Excel shows them (`xlsx_cells.py`):
every real cell, whatever size the sheet declares; 0.975 formatted as % is 97.5. Formulas are
read as their last computed value; one saved without it is an error at its cell. A warning says
when the declared size was wrong, when a sheet of facts is hidden, and when a `%` was only text.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.cells import guess, show_number
from cchc_rules.facts.kinds import KINDS, Kind, is_ignored_sheet, kind_named
from cchc_rules.facts.raw import RawTable, column_letter, table_from_grid
from cchc_rules.facts.xlsx_cells import SheetCells, formula_cells, has_formulas, sheet_rows
from cchc_rules.suggest import nearest


def read_xlsx(path: Path, file: str, file_kind: Kind | None) -> tuple[list[RawTable], list[Problem]]:
    """The tables of a workbook; `file_kind` is the kind the file's name gives, if any."""
    import openpyxl  # imported here: only Excel input needs it

    try:
        # Opened here, so that it is closed even when a damaged sheet leaves openpyxl's stream open
        # (Python 3.13 reports that file as unclosed).
        with warnings.catch_warnings(), path.open("rb") as handle:  # e.g. "no default style"
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            try:
                tables, problems = _read_sheets(book, _Formulas(path), file, file_kind)
            finally:
                book.close()
    except Exception:  # noqa: BLE001 - whatever a damaged workbook raises, the file is at fault
        return [], [Problem(SourceLocation(file), "(tệp)", "fact_bad_workbook")]
    if file_kind and not tables and not problems:
        columns = ", ".join(c.name for c in file_kind.required())
        problems.append(Problem(SourceLocation(file), "(tệp)", "fact_empty_file", {"columns": columns},
                                "warning"))
    return tables, problems


class _Formulas:
    """The same workbook opened with formulas instead of values, only if a sheet needs it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book: Any = None

    def of(self, sheet: Any) -> dict[tuple[int, int], str]:
        """The formula cells of a sheet (by title), or none when its XML holds no formula."""
        if not has_formulas(sheet):
            return {}
        if self.book is None:
            import openpyxl

            self.book = openpyxl.load_workbook(self.path, read_only=True, data_only=False)
        return formula_cells(self.book[sheet.title])


def _read_sheets(book: Any, formulas: _Formulas, file: str, file_kind: Kind | None
                 ) -> tuple[list[RawTable], list[Problem]]:
    tables: list[RawTable] = []
    problems: list[Problem] = []
    try:
        for sheet in book.worksheets:
            if is_ignored_sheet(sheet.title):
                continue
            kind = kind_named(sheet.title) or file_kind
            table, found = _read_sheet(sheet, formulas, f"{file}[{sheet.title}]", kind)
            if not table.headers:
                continue
            if kind is None:
                problems.append(_unknown_sheet(file, sheet.title))
                continue
            tables.append(table)
            problems += _sheet_warnings(sheet, table, found)
    finally:
        if formulas.book is not None:
            formulas.book.close()
    return tables, problems


def _read_sheet(sheet: Any, formulas: _Formulas, name: str, kind: Kind | None
                ) -> tuple[RawTable, SheetCells]:
    rows, columns = sheet.max_row, sheet.max_column  # as declared; None when not declared
    found = SheetCells(declared=_declared(sheet) if rows and columns else None)
    sheet.reset_dimensions()  # read every row and column the sheet really has
    grid = sheet_rows(sheet, formulas.of(sheet), found)
    table = table_from_grid(name, kind.name if kind else "", grid)
    found.declared = found.declared if found.outside_declared(rows, columns) else None
    return table, found


def _declared(sheet: Any) -> str:
    last = f"{column_letter(sheet.max_column - 1)}{sheet.max_row}"
    return f"{column_letter(sheet.min_column - 1)}{sheet.min_row}:{last}"


def _sheet_warnings(sheet: Any, table: RawTable, found: SheetCells) -> list[Problem]:
    where = SourceLocation(table.file)
    problems: list[Problem] = []
    if found.declared:
        actual = f"A1:{column_letter(found.last_column - 1)}{found.last_row}"
        problems.append(Problem(where, "(trang tính)", "fact_xlsx_declared_size",
                                {"declared": found.declared, "actual": actual,
                                 "rows": len(table.rows)}, "warning"))
    if getattr(sheet, "sheet_state", "visible") != "visible" and table.rows:
        problems.append(Problem(where, "(trang tính)", "fact_hidden_sheet",
                                {"sheet": sheet.title, "count": len(table.rows)}, "warning"))
    headers = {h.key: h.text for h in table.headers}
    data_rows = {raw.row for raw in table.rows}
    for row, column, number_format, value in found.text_percent:
        if row not in data_rows:
            continue
        field = headers.get(column - 1, f"({column_letter(column - 1)})")
        problems.append(Problem(SourceLocation(table.file, row), field, "fact_xlsx_text_percent",
                                {"format": number_format, "value": show_number(value),
                                 "scaled": show_number(round(value * 100, 9))}, "warning"))
    return problems


def _unknown_sheet(file: str, title: str) -> Problem:
    names = [n for k in KINDS for n in (k.name, *k.sheet_names)]
    suggestion = nearest(title, names)
    shown = "; ".join(f"{k.name} ({', '.join(k.sheet_names)})" for k in KINDS)
    return Problem(SourceLocation(f"{file}[{title}]"), "(trang tính)", "fact_unknown_sheet",
                   {"sheet": title, "guess": guess(suggestion), "names": shown}, "warning",
                   suggestion)

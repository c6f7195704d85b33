"""Reading an Excel workbook (.xlsx, read-only) into one RawTable per sheet of facts.

First stage of reading facts for `*.xlsx`. A sheet named after a kind (kinds.kind_named) holds
that kind; in `<kind>.xlsx` any other sheet holds the file's kind; instruction sheets
('Hướng dẫn…') and empty sheets are skipped; any other sheet is reported and skipped.
Cells keep Excel's types (numbers, dates); a number formatted as % (0.975 shown as 97.5%)
is read as the percentage shown (97.5). Formulas are read as their last computed value.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.cells import guess
from cchc_rules.facts.kinds import KINDS, Kind, is_ignored_sheet, kind_named
from cchc_rules.facts.raw import RawTable, table_from_grid
from cchc_rules.suggest import nearest


def read_xlsx(path: Path, file: str, file_kind: Kind | None) -> tuple[list[RawTable], list[Problem]]:
    """The tables of a workbook; `file_kind` is the kind the file's name gives, if any."""
    import openpyxl  # imported here: only Excel input needs it

    try:
        with warnings.catch_warnings():  # e.g. "Workbook contains no default style"
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                tables, problems = _read_sheets(book, file, file_kind)
            finally:
                book.close()
    except Exception:  # noqa: BLE001 - whatever a damaged workbook raises, the file is at fault
        return [], [Problem(SourceLocation(file), "(tệp)", "fact_bad_workbook")]
    if file_kind and not tables and not problems:
        columns = ", ".join(c.name for c in file_kind.required())
        problems.append(Problem(SourceLocation(file), "(tệp)", "fact_empty_file", {"columns": columns},
                                "warning"))
    return tables, problems


def _read_sheets(book: Any, file: str, file_kind: Kind | None) -> tuple[list[RawTable], list[Problem]]:
    tables: list[RawTable] = []
    problems: list[Problem] = []
    for sheet in book.worksheets:
        if is_ignored_sheet(sheet.title):
            continue
        kind = kind_named(sheet.title) or file_kind
        table = table_from_grid(f"{file}[{sheet.title}]", kind.name if kind else "", _grid(sheet))
        if not table.headers:
            continue
        if kind is None:
            problems.append(_unknown_sheet(file, sheet.title))
            continue
        tables.append(table)
    return tables, problems


def _grid(sheet: Any) -> Iterator[tuple[int, list[object]]]:
    for number, cells in enumerate(sheet.iter_rows(min_row=1), start=1):
        yield number, [_value(cell) for cell in cells]


def _value(cell: Any) -> object:
    value = cell.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value if not isinstance(value, dt.time) else value.isoformat()
    if "%" in (getattr(cell, "number_format", None) or ""):
        return round(value * 100, 9)
    return value


def _unknown_sheet(file: str, title: str) -> Problem:
    names = [n for k in KINDS for n in (k.name, *k.sheet_names)]
    suggestion = nearest(title, names)
    shown = "; ".join(f"{k.name} ({', '.join(k.sheet_names)})" for k in KINDS)
    return Problem(SourceLocation(f"{file}[{title}]"), "(trang tính)", "fact_unknown_sheet",
                   {"sheet": title, "guess": guess(suggestion), "names": shown}, "warning",
                   suggestion)

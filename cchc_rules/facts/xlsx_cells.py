"""Reading the cells of one Excel sheet as they are, not as the sheet declares itself.

Used by `read_xlsx.py`. openpyxl's read-only mode trusts the size a sheet declares (`A1:H5`) and
drops the rows and columns outside it, so the declared size is forgotten and every real cell is
read; `SheetCells.declared` keeps it for a warning. A number is read as Excel shows it: with a
percent format (an unquoted `%`) 0.975 is 97.5; with a `%` that is only text (`0.0"%"`, `0\\%`)
0.8 stays 0.8, with a note. A formula saved without its value (written by a program that does
not calculate) becomes a NoSavedValue cell, so it is never taken for an empty cell.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_TEXT_IN_FORMAT = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')  # quoted, escaped, [colour], padding


@dataclass(frozen=True)
class NoSavedValue:
    """A formula cell whose last computed value was not saved in the file."""

    formula: str

    def __str__(self) -> str:
        return self.formula


@dataclass
class SheetCells:
    """What reading one sheet found besides its values."""

    declared: str | None = None  # the size the sheet declares ('A1:H5'), if any
    last_row: int = 0  # the last row and column holding a value
    last_column: int = 0
    text_percent: list[tuple[int, int, str, float]] = field(default_factory=list)  # row, col, format, value

    def outside_declared(self, declared_rows: int | None, declared_columns: int | None) -> bool:
        """True when cells hold values beyond the declared size."""
        if self.declared is None or declared_rows is None or declared_columns is None:
            return False
        return self.last_row > declared_rows or self.last_column > declared_columns


def percent_format(number_format: str) -> str | None:
    """'scaled' when a format shows a number ×100 with %, 'text' when its % is only text.

    Examples:
        >>> percent_format("0.0%"), percent_format('0.0"%"'), percent_format("0\\\\%"), percent_format("0.00")
        ('scaled', 'text', 'text', None)
    """
    if "%" not in number_format:
        return None
    return "scaled" if "%" in _TEXT_IN_FORMAT.sub("", number_format) else "text"


def sheet_rows(sheet: Any, formulas: dict[tuple[int, int], str], found: SheetCells
               ) -> Iterator[tuple[int, list[object]]]:
    """The rows of a read-only sheet, numbered, each cell as Excel shows it."""
    for number, cells in enumerate(sheet.iter_rows(min_row=1), start=1):
        values = [_value(cell, formulas, found) for cell in cells]
        if any(v is not None for v in values):
            found.last_row = number
            found.last_column = max(found.last_column,
                                    max(i for i, v in enumerate(values, 1) if v is not None))
        yield number, values


def _value(cell: Any, formulas: dict[tuple[int, int], str], found: SheetCells) -> object:
    value = cell.value
    if value is None:
        where = (getattr(cell, "row", None), getattr(cell, "column", None))
        return NoSavedValue(formulas[where]) if where in formulas else None  # type: ignore[index]
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    kind = percent_format(getattr(cell, "number_format", None) or "")
    if kind == "scaled":
        return round(value * 100, 9)
    if kind == "text":
        found.text_percent.append((cell.row, cell.column, cell.number_format, value))
    return value


def formula_cells(sheet: Any) -> dict[tuple[int, int], str]:
    """(row, column) → formula of every formula cell of a sheet of a workbook opened with formulas."""
    sheet.reset_dimensions()
    formulas: dict[tuple[int, int], str] = {}
    for cells in sheet.iter_rows(min_row=1):
        for cell in cells:
            value = getattr(cell, "value", None)
            text = value if isinstance(value, str) else getattr(value, "text", None)  # ArrayFormula
            if getattr(cell, "data_type", None) == "f" and isinstance(text, str):
                formulas[(cell.row, cell.column)] = text
    return formulas


def has_formulas(sheet: Any) -> bool:
    """Whether a read-only sheet's XML holds any formula (a quick scan; True when unsure)."""
    get_source = getattr(sheet, "_get_source", None)
    if get_source is None:
        return True
    tail = b""
    with get_source() as source:
        while chunk := source.read(1 << 20):
            if re.search(rb"<(?:\w+:)?f[ />]", tail + chunk):
                return True
            tail = chunk[-16:]
    return False

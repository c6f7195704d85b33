"""What every reader produces: a table of raw cells with its headers, file and row numbers.

The readers (`read_csv`, `read_xlsx`, `read_yaml`) turn files into RawTables; `header.py`
maps the headers to fields and `build.py` reads the cells. A column is keyed by its position
(CSV, Excel) or by its key (YAML, JSON).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cchc_rules.facts.cells import is_blank, shown

ColumnKey = int | str


@dataclass(frozen=True)
class Header:
    """A column header as written, and the row it is written on (YAML: its first item's line)."""

    key: ColumnKey
    text: str
    row: int


@dataclass(frozen=True)
class RawRow:
    """One non-blank data row: its row number and its cells by column key."""

    row: int
    cells: dict[ColumnKey, object]


@dataclass(frozen=True)
class RawTable:
    """One table of one kind: a CSV/YAML/JSON file or one Excel sheet."""

    file: str
    kind: str
    headers: tuple[Header, ...]
    rows: tuple[RawRow, ...]


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index.

    Examples:
        >>> column_letter(0), column_letter(25), column_letter(27)
        ('A', 'Z', 'AB')
    """
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_label(key: ColumnKey) -> str:
    """How a column is named in messages: its letter for tables, its key for YAML/JSON."""
    return column_letter(key) if isinstance(key, int) else key


def table_from_grid(file: str, kind: str, grid: Iterable[tuple[int, Sequence[object]]]) -> RawTable:
    """A table from numbered rows of cells: the first non-blank row is the header.

    Blank rows are skipped; a header cell that is blank names no column (its cells are kept
    under the column's position so `header.py` can warn about them).
    """
    headers: tuple[Header, ...] | None = None
    rows: list[RawRow] = []
    for number, cells in grid:
        if all(is_blank(c) for c in cells):
            continue
        if headers is None:
            headers = tuple(Header(i, shown(c), number) for i, c in enumerate(cells)
                            if not is_blank(c))
            continue
        rows.append(RawRow(number, {i: c for i, c in enumerate(cells) if not is_blank(c)}))
    return RawTable(file, kind, headers or (), tuple(rows))

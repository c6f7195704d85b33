"""Matching a table's column headers to the fields of its kind, then cutting it into Rows.

Second stage of reading facts, after a reader made a RawTable. Headers are matched with
`suggest.fold` against each field's English name and Vietnamese headers (kinds.py); a trailing
'*' or '(*)' (templates mark required columns so) is ignored.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.cells import guess
from cchc_rules.facts.kinds import Column, Kind
from cchc_rules.facts.raw import ColumnKey, Header, RawTable, column_label, column_letter
from cchc_rules.facts.row import Row
from cchc_rules.suggest import fold, nearest

_REQUIRED_MARK = re.compile(r"\s*(\(\*\)|\*)$")


@dataclass(frozen=True)
class Layout:
    """Which column holds which field; `usable` is False when a required column is missing."""

    fields: dict[str, Header]
    usable: bool


def header_key(text: str) -> str:
    """A header folded for matching.

    Examples:
        >>> header_key(" Trạng  Thái (*)"), header_key("Nhiệm vụ*")
        ('trạng thái', 'nhiệm vụ')
    """
    return _REQUIRED_MARK.sub("", fold(text))


@functools.cache
def _columns_by_key(kind: Kind) -> dict[str, Column]:
    """Every accepted header of a kind, folded, to its column (the first column that accepts it)."""
    found: dict[str, Column] = {}
    for column in kind.columns:
        for name in (column.name, *column.aliases):
            found.setdefault(fold(name), column)
    return found


@functools.cache
def _informational_keys(kind: Kind) -> frozenset[str]:
    return frozenset(fold(n) for n in kind.informational)


def _column_for(text: str, kind: Kind) -> Column | None:
    return _columns_by_key(kind).get(header_key(text))


def map_headers(table: RawTable, kind: Kind) -> tuple[Layout, list[Problem]]:
    """The layout of a table and the problems of its header row."""
    fields: dict[str, Header] = {}
    problems: list[Problem] = []
    for header in table.headers:
        column = _column_for(header.text, kind)
        if column is None:
            problems.extend(_unknown(table, header, kind))
        elif column.name in fields:
            first = fields[column.name]
            problems.append(_at(table, header, "fact_duplicate_column", name=header.text, first=first.text,
                                first_col=column_label(first.key)))
        else:
            fields[column.name] = header
    missing = [c for c in kind.required() if c.name not in fields]
    problems.extend(_missing(table, column) for column in missing)
    return Layout(fields, usable=not missing), problems


def _at(table: RawTable, header: Header, code: str, **params: object) -> Problem:
    severity = "warning" if code == "fact_unknown_column" else "error"
    suggestion = params.pop("suggestion", None)
    return Problem(SourceLocation(table.file, header.row), header.text, code, dict(params),
                   severity, suggestion)  # type: ignore[arg-type]


def _unknown(table: RawTable, header: Header, kind: Kind) -> list[Problem]:
    if header_key(header.text) in _informational_keys(kind):
        return []
    names = [n for c in kind.columns for n in (c.name, *c.aliases)]
    suggestion = nearest(header_key(header.text), names)
    shown = ", ".join(f"{c.name} ({c.aliases[0]})" if c.aliases else c.name for c in kind.columns)
    return [_at(table, header, "fact_unknown_column", name=header.text, kind=kind.name,
                guess=guess(suggestion), columns=shown, suggestion=suggestion)]


def _missing(table: RawTable, column: Column) -> Problem:
    row = table.headers[0].row if table.headers else 1
    return Problem(SourceLocation(table.file, row), column.name, "fact_missing_column",
                   {"name": column.name, "alias": column.aliases[0], "example": column.example})


def unnamed_cells(table: RawTable) -> list[Problem]:
    """A warning for each column that holds data but has no header (at its first such cell)."""
    named = {h.key for h in table.headers}
    seen: set[ColumnKey] = set()
    problems: list[Problem] = []
    for raw in table.rows:
        for key in raw.cells:
            if key in named or key in seen or not isinstance(key, int):
                continue
            seen.add(key)
            col = column_letter(key)
            problems.append(Problem(SourceLocation(table.file, raw.row), f"({col})",
                                    "fact_unnamed_cells", {"cell": f"{col}{raw.row}", "col": col},
                                    "warning"))
    return problems


def rows_of(table: RawTable, layout: Layout, kind: Kind) -> list[Row]:
    """Every data row of a table, its cells keyed by field name."""
    by_key = {header.key: name for name, header in layout.fields.items()}
    headers = {name: header.text for name, header in layout.fields.items()}
    return [
        Row(table.file, raw.row, kind, {by_key[k]: v for k, v in raw.cells.items() if k in by_key},
            headers)
        for raw in table.rows
    ]

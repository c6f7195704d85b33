"""Opening a dossier, PAKN or TTHC-catalogue file as a DuckDB relation with canonical columns.

Stage: facts (reading). A CSV or Parquet file is read by DuckDB where it lies; an xlsx sheet is
streamed once (openpyxl, read-only) into a temporary CSV beside nothing of the user's. The
headers go through the alias table of `columns.py`; the result is a `Source`: its SQL `FROM`
text, the header each canonical column was found under, and the problems met so far.
Nothing here holds the rows in Python.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from cchc_rules.dossiers.columns import KINDS, Column
from cchc_rules.facts.cells import guess
from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.read_csv import detect_delimiter
from cchc_rules.suggest import fold, nearest

SUFFIXES = (".csv", ".parquet", ".xlsx")
# File-name stems (folded, before the first '_' digit part) that name an input kind.
_PREFIXES = (("ho_so", "dossier"), ("ho-so", "dossier"), ("hoso", "dossier"), ("dossier", "dossier"),
             ("pakn", "petition"), ("phan_anh", "petition"), ("petition", "petition"),
             ("thu_tuc", "procedure"), ("tthc", "procedure"), ("procedure", "procedure"),
             ("metric_counts", "metric_counts"), ("so_lieu_chi_so", "metric_counts"))


def kind_of(path: Path) -> str | None:
    """The input kind a file's name gives (ho_so_2026-Q3.csv → dossier), or None.

    Examples:
        >>> [kind_of(Path(n)) for n in ("ho_so_q3.parquet", "PAKN.csv", "tthc.xlsx", "notes.csv")]
        ['dossier', 'petition', 'procedure', None]
    """
    if path.suffix.lower() not in SUFFIXES:
        return None
    stem = path.stem.casefold()
    return next((kind for prefix, kind in _PREFIXES if stem.startswith(prefix)), None)


@dataclass
class Source:
    """One input file opened for DuckDB: `relation` is SQL text usable after FROM."""

    file: str
    kind: str
    relation: str
    headers: dict[str, str]  # canonical name → the header as written
    types: dict[str, str]  # canonical name → DuckDB type of the column as read
    is_parquet: bool
    rejects: str | None = None  # the table DuckDB writes this CSV's broken lines into
    problems: list[Problem] = field(default_factory=list)


def quote_text(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def quote_name(name: str) -> str:
    """A SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


@contextmanager
def opened(con: duckdb.DuckDBPyConnection, paths: list[tuple[Path, str, str]]) -> Iterator[list[Source]]:
    """The sources of (path, shown name, kind) triples; temporary xlsx copies live until exit."""
    with tempfile.TemporaryDirectory(prefix="cchc-dossiers-") as scratch:
        yield [open_source(con, path, file, kind, Path(scratch), n) for n, (path, file, kind) in enumerate(paths)]


def open_source(con: duckdb.DuckDBPyConnection, path: Path, file: str, kind: str, scratch: Path,
                number: int) -> Source:
    """A Source for one file; on a file that cannot be read at all, its problem and no columns."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            path = _xlsx_as_csv(path, scratch / f"sheet{number}.csv")
        if suffix == ".parquet":
            relation, rejects = f"read_parquet({quote_text(str(path))}, file_row_number=true)", None
        else:
            relation, rejects = _csv_relation(path, number)
        described = con.sql(f"DESCRIBE SELECT * FROM {relation}").fetchall()
    except (duckdb.Error, OSError, ValueError, UnicodeDecodeError) as exc:
        return Source(file, kind, "", {}, {}, False, None,
                      [Problem(SourceLocation(file), "(tệp)", "dossier_unreadable", {"detail": _first_line(exc)})])
    found = [(name, type_) for name, type_, *_ in described if name != "file_row_number"]
    headers, problems = map_headers(file, kind, [name for name, _ in found])
    types = {canonical: dict(found)[written] for canonical, written in headers.items()}
    return Source(file, kind, relation, headers, types, suffix == ".parquet", rejects, problems)


def _csv_relation(path: Path, number: int) -> tuple[str, str]:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
    delimiter = detect_delimiter(first)
    names = next(csv.reader([first], delimiter=delimiter), [])
    if not names or not any(n.strip() for n in names):
        raise ValueError("no header row")
    columns = ", ".join(f"{quote_text(_unique(names, i))}: 'VARCHAR'" for i in range(len(names)))
    table = f"rejects_{number}"
    options = (f"header=true, delim={quote_text(delimiter)}, quote='\"', escape='\"', auto_detect=false, "
               f"columns={{{columns}}}, store_rejects=true, rejects_table={quote_text(table)}, "
               f"rejects_scan={quote_text(table + '_scan')}, encoding='utf-8'")
    return f"read_csv({quote_text(str(path))}, {options})", table


def _unique(names: list[str], index: int) -> str:
    """The header at `index`, made unique (and non-empty) the way the table needs it."""
    name = names[index].strip().lstrip("\ufeff") or f"column{index + 1}"
    return name if [n.strip() for n in names].count(names[index].strip()) == 1 else f"{name}#{index + 1}"


def map_headers(file: str, kind: str, written: list[str]) -> tuple[dict[str, str], list[Problem]]:
    """canonical name → header as written, and the problems: missing required, twice-given."""
    columns = KINDS[kind]
    by_alias = {fold(alias): column for column in columns for alias in column.aliases}
    headers: dict[str, str] = {}
    problems: list[Problem] = []
    for name in written:
        column = by_alias.get(fold(name.split("#")[0]))
        if column is None:
            continue  # other columns of the export are allowed and ignored
        if column.name in headers:
            problems.append(Problem(SourceLocation(file, 1), name, "dossier_column_twice",
                                    {"column": column.name, "first": headers[column.name]}))
            continue
        headers[column.name] = name
    for column in columns:
        if column.required and column.name not in headers:
            others = [n for n in written if fold(n.split("#")[0]) not in by_alias]
            near = next((hit for alias in column.aliases if (hit := nearest(alias, others))), None)
            problems.append(Problem(SourceLocation(file, 1), column.name, "dossier_column_missing",
                                    {"aliases": ", ".join(column.aliases[:3]), "guess": guess(near)},
                                    suggestion=near))
    return headers, problems


def required_missing(source: Source) -> bool:
    return any(p.code in ("dossier_column_missing", "dossier_unreadable") for p in source.problems)


def _xlsx_as_csv(path: Path, target: Path) -> Path:
    """The first sheet of a workbook, streamed into a UTF-8 CSV (dates as ISO text)."""
    import openpyxl  # imported here: only Excel input needs it

    with path.open("rb") as handle:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        try:
            with target.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                for values in book.worksheets[0].iter_rows(values_only=True):
                    writer.writerow([_cell_text(v) for v in values])
        finally:
            book.close()
    return target


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return re.sub(r"\s+", " ", text[0])[:200] if text else type(exc).__name__


def required_columns(kind: str) -> tuple[Column, ...]:
    return tuple(c for c in KINDS[kind] if c.required)

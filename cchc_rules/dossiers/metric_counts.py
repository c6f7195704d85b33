"""Reading a `metric_counts` file (CSV or xlsx): counts already aggregated, e.g. the portal's own.

Stage: facts. Columns `unit, period, metric, numerator, denominator` (or their Vietnamese
headers); `period` is 2026-Q3, 2026-07 or 2026; `metric` a code of `metric_codes.yaml`; an empty
numerator or denominator means no data. Every bad row is reported with file:row, field, what was
found and what was expected; a misspelt metric code gets a did-you-mean.
"""

from __future__ import annotations

import re
from pathlib import Path

from cchc_rules.dossiers.counts import MetricCount, is_calendar_period
from cchc_rules.dossiers.metric_codes import METRICS
from cchc_rules.errors import FactsFileError, Problem, SourceLocation
from cchc_rules.facts.cells import guess
from cchc_rules.facts.raw import RawTable, table_from_grid
from cchc_rules.facts.read_csv import read_csv
from cchc_rules.suggest import fold, nearest

HEADERS: dict[str, tuple[str, ...]] = {
    "unit": ("unit", "đơn vị", "mã đơn vị", "MaDonVi", "ma_don_vi"),
    "period": ("period", "kỳ", "ky", "kỳ đánh giá"),
    "metric": ("metric", "chỉ số", "mã chỉ số", "ma_chi_so", "metric_code"),
    "numerator": ("numerator", "tử số", "tu_so"),
    "denominator": ("denominator", "mẫu số", "mau_so"),
}
_BY_ALIAS = {fold(alias): name for name, aliases in HEADERS.items() for alias in aliases}
_WHOLE = re.compile(r"^\d+(?:[.,]0+)?$")


def read_metric_counts(path: Path, file: str | None = None) -> list[MetricCount]:
    """The counts of one file, sorted; FactsFileError with every problem when any row is bad."""
    shown = file or path.name
    table, problems = _table(path, shown)
    counts: list[MetricCount] = []
    if table is not None:
        counts, found = _counts(table)
        problems += found
    if any(p.severity == "error" for p in problems):
        raise FactsFileError(problems)
    return sorted(counts)


def _table(path: Path, file: str) -> tuple[RawTable | None, list[Problem]]:
    if path.suffix.lower() == ".xlsx":
        return _xlsx_table(path, file)
    return read_csv(path, file, "metric_counts")


def _xlsx_table(path: Path, file: str) -> tuple[RawTable | None, list[Problem]]:
    import openpyxl  # only Excel input needs it

    try:
        with path.open("rb") as handle:
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            try:
                rows = enumerate(book.worksheets[0].iter_rows(values_only=True), start=1)
                return table_from_grid(file, "metric_counts", ((n, list(r)) for n, r in rows)), []
            finally:
                book.close()
    except Exception:  # noqa: BLE001 - whatever a damaged workbook raises, the file is at fault
        return None, [Problem(SourceLocation(file), "(tệp)", "fact_bad_workbook")]


def _counts(table: RawTable) -> tuple[list[MetricCount], list[Problem]]:
    columns, problems = _columns(table)
    if problems:
        return [], problems
    counts: list[MetricCount] = []
    seen: dict[tuple[str, str, str], int] = {}
    for raw in table.rows:
        cells = {name: _text(raw.cells.get(key)) for name, key in columns.items()}
        count, found = _row(table.file, raw.row, cells)
        problems += found
        if count is None:
            continue
        key = (count.unit, count.period, count.metric)
        if key in seen:
            problems.append(Problem(SourceLocation(table.file, raw.row), "metric", "counts_twice",
                                    {"unit": key[0], "period": key[1], "metric": key[2], "first": seen[key]}))
            continue
        seen[key] = raw.row
        counts.append(count)
    return counts, problems


def _columns(table: RawTable) -> tuple[dict[str, int | str], list[Problem]]:
    columns: dict[str, int | str] = {}
    for header in table.headers:
        name = _BY_ALIAS.get(fold(header.text))
        if name and name not in columns:
            columns[name] = header.key
    missing = [name for name in HEADERS if name not in columns]
    written = [h.text for h in table.headers]
    problems = []
    for name in missing:
        near = nearest(name, written)
        problems.append(Problem(SourceLocation(table.file, 1), name, "counts_column_missing",
                                {"aliases": ", ".join(HEADERS[name][:3]), "guess": guess(near)}, suggestion=near))
    return columns, problems


def _row(file: str, row: int, cells: dict[str, str]) -> tuple[MetricCount | None, list[Problem]]:
    at = SourceLocation(file, row)
    problems: list[Problem] = []
    if not cells["unit"]:
        problems.append(Problem(at, "unit", "counts_empty_unit"))
    if not is_calendar_period(cells["period"]):
        problems.append(Problem(at, "period", "counts_bad_period", {"found": cells["period"]}))
    metric = cells["metric"].strip().upper()
    if metric not in METRICS:
        near = nearest(metric, METRICS)
        problems.append(Problem(at, "metric", "counts_unknown_metric", {"found": cells["metric"], "guess": guess(near)},
                                suggestion=near))
    numbers = {}
    for name in ("numerator", "denominator"):
        text = cells[name]
        if text and not _WHOLE.match(text):
            problems.append(Problem(at, name, "counts_bad_number", {"found": text}))
        numbers[name] = int(re.split(r"[.,]", text)[0]) if text and _WHOLE.match(text) else None
    top, bottom = numbers["numerator"], numbers["denominator"]
    if top is not None and bottom is not None and top > bottom:
        problems.append(Problem(at, "numerator", "fact_numerator_gt", {"numerator": top, "denominator": bottom}))
    if problems:
        return None, problems
    return MetricCount(cells["unit"], cells["period"], metric, top, bottom, f"{file}:{row}"), []


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()

"""Reading the counts an index is scored on from a data folder: `metric_counts*.csv` files with
columns `unit, period, metric, numerator, denominator` (optional `inherited_from`), into
MetricCounts with their file:row.

Stage: facts, for the index766 command and the PAR rubric's 766 rates. A small reader of
already-aggregated counts (CSV only, read as the other facts CSV files are, by `read_csv`); the
DuckDB reader of dossier exports and of metric_counts in CSV/xlsx/Parquet is `cchc_rules.dossiers`
(issue 13 items 1-2). Every bad cell is a located problem; nothing is dropped silently.
"""

from __future__ import annotations

import re
from pathlib import Path

from cchc_rules.dossiers.counts import MetricCount, is_calendar_period
from cchc_rules.errors import Problem, SourceLocation
from cchc_rules.facts.folder import listed
from cchc_rules.facts.raw import RawTable, column_label
from cchc_rules.facts.read_csv import read_csv
from cchc_rules.rulepack.load import display_path

COLUMNS = ("unit", "period", "metric", "numerator", "denominator")
OPTIONAL = ("inherited_from",)
FOLDER = "chi-so-766"  # where a unit's data folder keeps its 766 counts and dossier exports


def counts_folder(data: Path) -> Path:
    """The folder of 766 counts: `data` itself when it holds metric_counts, else data/chi-so-766."""
    if any(p.name.startswith("metric_counts") for p in data.glob("*.csv")) or not (data / FOLDER).is_dir():
        return data
    return data / FOLDER


def read_metric_counts(folder: Path) -> tuple[list[MetricCount], list[Problem]]:
    """Every count in the folder's metric_counts*.csv files, in file and row order, and the problems."""
    counts: list[MetricCount] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return [], [Problem(SourceLocation(display_path(folder)), "(thư mục)", "fact_no_folder",
                            {"period": FOLDER})]
    files, problems = listed(folder)
    chosen = [f for f in files if f.name.startswith("metric_counts") and f.suffix.lower() == ".csv"]
    if not chosen:
        problems.append(Problem(SourceLocation(display_path(folder)), "(thư mục)", "fact_no_files",
                                {"known": "metric_counts.csv"}, "warning"))
    seen: dict[tuple[str, str, str], str] = {}
    for path in chosen:
        table, found = read_csv(path, display_path(path), "metric_counts")
        problems.extend(found)
        if table is not None:
            rows, found = _rows(table, seen)
            counts.extend(rows)
            problems.extend(found)
    return counts, problems


def _rows(table: RawTable, seen: dict[tuple[str, str, str], str]) -> tuple[list[MetricCount], list[Problem]]:
    names = {h.text.strip().casefold(): h for h in table.headers}
    problems: list[Problem] = []
    header_row = table.headers[0].row if table.headers else 1
    for name in COLUMNS:
        if name not in names:
            problems.append(Problem(SourceLocation(table.file, header_row), name, "fact_missing_column",
                                    {"name": name, "alias": name, "example": "2026-Q3"}))
    for text, header in names.items():
        if text not in COLUMNS + OPTIONAL:
            problems.append(Problem(SourceLocation(table.file, header.row), column_label(header.key),
                                    "fact_unknown_column", {"name": header.text, "kind": "metric_counts",
                                                            "guess": "", "columns": ", ".join(COLUMNS + OPTIONAL)},
                                    "warning"))
    if any(p.severity == "error" for p in problems):
        return [], problems
    out: list[MetricCount] = []
    for raw in table.rows:
        cell = {n: raw.cells.get(names[n].key) for n in COLUMNS + OPTIONAL if n in names}
        here = SourceLocation(table.file, raw.row)
        bad: list[Problem] = []
        texts: dict[str, str] = {}
        for name in ("unit", "period", "metric"):
            value = str(cell.get(name) or "").strip()
            if not value:
                bad.append(Problem(here, name, "fact_missing_value", {"example": {"unit": "31294", "period": "2026-Q3",
                                                                                  "metric": "DOSSIER_ON_TIME"}[name]}))
            texts[name] = value
        if texts["period"] and not is_calendar_period(texts["period"]):
            bad.append(Problem(here, "period", "fact_bad_period", {"found": texts["period"]}))
        numbers: dict[str, int | None] = {}
        for name in ("numerator", "denominator"):
            numbers[name] = _whole(cell.get(name), here, name, bad)
        num, den = numbers["numerator"], numbers["denominator"]
        if num is not None and den is not None and num > den:
            bad.append(Problem(here, "numerator", "fact_numerator_gt", {"numerator": num, "denominator": den}))
        key = (texts["unit"], texts["period"], texts["metric"])
        if not bad and key in seen:
            bad.append(Problem(here, "metric", "fact_duplicate_conflict",
                               {"key": ", ".join(key), "first": seen[key], "fields": "numerator, denominator"}))
        if bad:
            problems.extend(bad)
            continue
        seen[key] = f"{table.file}:{raw.row}"
        inherited = str(cell.get("inherited_from") or "").strip() or None
        out.append(MetricCount(texts["unit"], texts["period"], texts["metric"], num, den,
                               f"{table.file}:{raw.row}", inherited))
    return out, problems


def _whole(value: object, here: SourceLocation, name: str, bad: list[Problem]) -> int | None:
    """An empty cell is None (no data); else a whole number ≥ 0 (at most 15 digits)."""
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    match = _WHOLE.fullmatch(text)
    if match is None:
        bad.append(Problem(here, name, "fact_not_whole", {"found": text}))
        return None
    if match.group(1):
        bad.append(Problem(here, name, "fact_negative", {"value": text}))
        return None
    return int(match.group(2))


_WHOLE = re.compile(r"(-?)([0-9]{1,15})(?:[.,]0+)?")

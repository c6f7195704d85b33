"""`compute`: dossier, PAKN, TTHC-catalogue and metric_counts files → sorted MetricCounts.

Stage: facts (the public entry of the dossier package). Files are classified by name
(`sources.kind_of`), opened for DuckDB, checked and aggregated in one scan per kind; every
problem (broken CSV line, bad cell, missing column) is gathered and raised at once as a
FactsFileError: the first `max_listed` rows by name, and the total per file and column.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import duckdb

from cchc_rules.dossiers import aggregate as agg
from cchc_rules.dossiers.checks import bad_rows, broken_lines, catalogue_problems
from cchc_rules.dossiers.counts import MetricCount, is_calendar_period
from cchc_rules.dossiers.metric_codes import INHERITED
from cchc_rules.dossiers.metric_counts import read_metric_counts
from cchc_rules.dossiers.rules_sql import DOSSIER_METRICS, PETITION_METRICS
from cchc_rules.dossiers.sources import Source, kind_of, opened, required_missing
from cchc_rules.dossiers.workdays import create_tables
from cchc_rules.errors import FactsFileError, Problem, SourceLocation

Inputs = dict[str, list[tuple[Path, str]]]


def collect(paths: Path | str | Sequence[Path | str]) -> tuple[Inputs, list[Problem]]:
    """Input files by kind: a folder's files are classified by name (others ignored); a file
    named outright must have a name that says its kind."""
    items = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    found: Inputs = {"dossier": [], "petition": [], "procedure": [], "metric_counts": []}
    problems: list[Problem] = []
    for item in items:
        if item.is_dir():
            for path in sorted(item.iterdir()):
                kind = kind_of(path) if path.is_file() else None
                if kind:
                    found[kind].append((path, path.name))
        elif (kind := kind_of(item)) and item.is_file():
            found[kind].append((item, str(item)))
        else:
            problems.append(Problem(SourceLocation(str(item)), "(tệp)", "dossier_unknown_file"))
    return found, problems


def connect(memory_limit: str = "1500MB") -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with a memory ceiling; it spills to a temporary folder."""
    con = duckdb.connect(config={"memory_limit": memory_limit, "preserve_insertion_order": False,
                                 "temp_directory": tempfile.gettempdir() + "/cchc-duckdb-spill"})
    con.execute("SET enable_progress_bar = false")  # a library call prints nothing
    return con


def prepare(con: duckdb.DuckDBPyConnection, periods: Iterable[str], holidays: Iterable[dt.date]) -> list[str]:
    asked = sorted(set(periods))
    wrong = [p for p in asked if not is_calendar_period(p)]
    if wrong:
        raise ValueError(f"not calendar periods: {wrong}")
    create_tables(con, asked, holidays)
    agg.install_macros(con)
    return asked


def compute(paths: Path | str | Sequence[Path | str], periods: Iterable[str], units: Sequence[str] | None = None,
            holidays: Iterable[dt.date] = (), max_listed: int = 50) -> list[MetricCount]:
    """The metric counts of every unit (or of `units`) for each asked calendar period, sorted."""
    return compute_with_warnings(paths, periods, units, holidays, max_listed)[0]


def compute_with_warnings(paths: Path | str | Sequence[Path | str], periods: Iterable[str],
                          units: Sequence[str] | None = None, holidays: Iterable[dt.date] = (),
                          max_listed: int = 50) -> tuple[list[MetricCount], list[Problem]]:
    """`compute`, and the warnings met on the way (rows repeating a dossier or PAKN code)."""
    inputs, problems = collect(paths)
    wanted = sorted(set(units)) if units is not None else None
    with connect() as con:
        asked = prepare(con, periods, holidays)
        given = _given(inputs, problems)
        with opened(con, [(p, f, k) for k in ("dossier", "petition", "procedure") for p, f in inputs[k]]) as sources:
            problems += [p for s in sources for p in s.problems]
            if any(required_missing(s) for s in sources):
                raise FactsFileError(problems)
            computed = _computed(con, sources, wanted, problems, max_listed)
            provinces = agg.unit_provinces(con, [t for t in ("g", "gp") if _exists(con, t)])
    counts = _merge(computed, given, provinces, asked, wanted, problems)
    if any(p.severity == "error" for p in problems):
        raise FactsFileError(problems)
    return sorted(counts), problems


def _given(inputs: Inputs, problems: list[Problem]) -> list[MetricCount]:
    given: list[MetricCount] = []
    for path, file in inputs["metric_counts"]:
        try:
            given += read_metric_counts(path, file)
        except FactsFileError as exc:
            problems += exc.problems
    return given


def _of(sources: list[Source], kind: str) -> list[Source]:
    return [s for s in sources if s.kind == kind]


def _computed(con: duckdb.DuckDBPyConnection, sources: list[Source], units: list[str] | None,
              problems: list[Problem], max_listed: int) -> list[MetricCount]:
    dossiers, petitions, procedures = (_of(sources, k) for k in ("dossier", "petition", "procedure"))
    try:
        agg.create_procedures(con, procedures)
        problems += catalogue_problems(con, procedures, max_listed)
    except duckdb.Error as exc:
        problems += [_unreadable(s.file, exc) for s in procedures]
        agg.create_procedures(con, [])
    out: list[MetricCount] = []
    if dossiers:
        out += _run(con, dossiers, "g", "dossier_code", agg.create_dossier_groups, agg.DOSSIER_COLUMNS, problems, max_listed,
                    lambda: agg.unit_rows(con, DOSSIER_METRICS, "g", "unit, period, proc_id", units))
        if procedures:
            source = ", ".join(s.file for s in dossiers + procedures)
            out += [MetricCount(u, p, m, n, d, source) for u, p, m, n, d in agg.catalogue_rows(con, units)]
    if petitions:
        out += _run(con, petitions, "gp", "petition_code", agg.create_petition_groups, agg.PETITION_COLUMNS, problems, max_listed,
                    lambda: agg.unit_rows(con, PETITION_METRICS, "gp", "unit, period", units))
    return out


def _run(con, sources, table, code, create, columns, problems, max_listed, rows) -> list[MetricCount]:  # type: ignore[no-untyped-def]
    """Aggregate one kind, each code once; when any line or cell is bad, list them (and count nothing)."""
    try:
        repeated, empty = agg.create_repeats(con, sources, code)
        problems += repeat_warnings(con, sources, code, repeated, max_listed)
        if repeated:
            con.execute("SET preserve_insertion_order = true")  # the row numbers the repeats are known by
        create(con, sources, repeated=bool(repeated), filled=() if empty else (code,))
        con.execute("SET preserve_insertion_order = false")
    except duckdb.Error as exc:  # e.g. bytes that are not UTF-8 far into a file, a damaged Parquet page
        problems += [_unreadable(s.file, exc) for s in sources]
        return []
    found = broken_lines(con, sources, max_listed)
    if con.execute(f"SELECT sum(bad_rows) FROM {table}").fetchone()[0]:
        found += bad_rows(con, sources, agg.bad_cell_totals(con, sources, columns), max_listed)
    problems += found
    if found:
        return []
    source = ", ".join(s.file for s in sources)
    return [MetricCount(u, p, m, n, d, source) for u, p, m, n, d in rows()]


def repeat_warnings(con: duckdb.DuckDBPyConnection, sources: list[Source], code: str, repeated: int,
                    max_listed: int) -> list[Problem]:
    """A warning per row repeating an earlier row's code (the first `max_listed`), and the total."""
    if not repeated:
        return []
    header = next((s.headers.get(code, code) for s in sources if code in s.headers), code)
    found = [Problem(SourceLocation(file, int(row)), header, "dossier_code_twice",
                     {"found": value, "first": f"{first}:{first_row}"}, "warning")
             for file, row, value, first, first_row in con.execute(
                 f"SELECT source_file, source_row, code, first_file, first_row FROM repeats "
                 f"ORDER BY source_file, source_row LIMIT {int(max_listed)}").fetchall()]
    if repeated > max_listed:
        found.append(Problem(SourceLocation(sources[0].file), header, "dossier_code_twice_total",
                             {"count": repeated, "shown": max_listed}, "warning"))
    return found


def _exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table]).fetchone()[0])


def _merge(computed: list[MetricCount], given: list[MetricCount], provinces: dict[str, str], asked: list[str],
           units: list[str] | None, problems: list[Problem]) -> list[MetricCount]:
    """Computed and given counts, with the province's inherited metrics copied to its units."""
    by_key = {(c.unit, c.period, c.metric): c for c in computed}
    for count in given:
        key = (count.unit, count.period, count.metric)
        if key in by_key:
            problems.append(_conflict(count, by_key[key]))
        by_key[key] = count
    children: dict[str, list[str]] = {}
    for unit, province in provinces.items():
        children.setdefault(province, []).append(unit)
    for count in given:
        if count.metric not in INHERITED:
            continue
        for child in children.get(count.unit, []):
            key = (child, count.period, count.metric)
            if key in by_key:
                problems.append(_conflict(by_key[key], count))
                continue
            by_key[key] = MetricCount(child, count.period, count.metric, count.numerator, count.denominator,
                                      count.source, inherited_from=count.unit)
    return [c for c in by_key.values() if c.period in asked and (units is None or c.unit in units)]


def _conflict(count: MetricCount, other: MetricCount) -> Problem:
    file, _, row = count.source.rpartition(":")
    location = SourceLocation(file, int(row)) if row.isdigit() else SourceLocation(count.source)
    return Problem(location, "metric", "counts_conflict",
                   {"unit": count.unit, "period": count.period, "metric": count.metric, "other": other.source})


def _unreadable(file: str, exc: BaseException) -> Problem:
    detail = " ".join(str(exc).split())[:200]
    return Problem(SourceLocation(file), "(tệp)", "dossier_unreadable", {"detail": detail})

"""The problems of dossier, PAKN and catalogue files: broken CSV lines and cells that cannot be read.

Stage: facts (checking). Called only after the aggregation found something wrong (its bad-cell
totals, DuckDB's rejects tables), so a clean file is scanned once. The first `limit` bad rows
are listed with file:row, the header as written, the value found and what was expected; the
total per file and column follows, so nothing is dropped silently.
"""

from __future__ import annotations

import duckdb

from cchc_rules.dossiers.columns import KINDS
from cchc_rules.dossiers.parse import parsed_select
from cchc_rules.dossiers.sources import Source
from cchc_rules.errors import Problem, SourceLocation


def broken_lines(con: duckdb.DuckDBPyConnection, sources: list[Source], limit: int) -> list[Problem]:
    """The lines DuckDB's CSV reader could not split into the header's columns."""
    problems: list[Problem] = []
    for source in sources:
        if not source.rejects:
            continue
        try:
            rows = con.execute(f"SELECT line, error_type, csv_line FROM {source.rejects} ORDER BY line").fetchall()
        except duckdb.Error:  # no rejects table: nothing was rejected
            continue
        for line, error, text in rows[:limit]:
            problems.append(Problem(SourceLocation(source.file, int(line)), "(dòng)", "dossier_csv_line",
                                    {"error": str(error), "line": str(text or "")[:120].rstrip()}))
        if len(rows) > limit:
            problems.append(Problem(SourceLocation(source.file), "(dòng)", "dossier_bad_total",
                                    {"count": len(rows), "shown": limit}))
    return problems


def bad_rows(con: duckdb.DuckDBPyConnection, sources: list[Source], totals: dict[str, dict[str, int]],
             limit: int) -> list[Problem]:
    """The first `limit` bad rows of each file that has any, and the totals per column."""
    problems: list[Problem] = []
    for source in sources:
        counts = totals.get(source.file, {})
        if not counts:
            continue
        problems += _listed(con, source, sorted(counts), limit)
        for name, count in sorted(counts.items()):
            if count > limit:
                problems.append(Problem(SourceLocation(source.file), source.headers.get(name, name),
                                        "dossier_bad_total", {"count": count, "shown": limit}))
    return problems


def _listed(con: duckdb.DuckDBPyConnection, source: Source, names: list[str], limit: int) -> list[Problem]:
    con.execute("SET preserve_insertion_order = true")  # row_number() OVER () must follow the file
    flags = ", ".join(f"bad_{n}" for n in names)
    where = " OR ".join(f"bad_{n}" for n in names)
    rows = con.execute(f"""
        SELECT source_row, {flags}, {', '.join(f'raw_{n}' for n in names)}
        FROM ({parsed_select(source, row_number=True)})
        WHERE {where} ORDER BY source_row LIMIT {int(limit)}""").fetchall()
    con.execute("SET preserve_insertion_order = false")
    types = {c.name: c for c in KINDS[source.kind]}
    skipped = _rejected_lines(con, source)
    problems = []
    for row in rows:
        number, marks, values = row[0], row[1:1 + len(names)], row[1 + len(names):]
        for line in skipped:  # the reader left broken lines out: count them back in
            number += 1 if line <= number else 0
        for name, mark, value in zip(names, marks, values, strict=True):
            if not mark:
                continue
            column = types[name]
            code = f"dossier_required_{column.type}" if column.required else f"dossier_bad_{column.type}"
            problems.append(Problem(SourceLocation(source.file, int(number)), source.headers.get(name, name), code,
                                    {"found": "" if value is None else str(value)[:80]}))
    return problems


def catalogue_problems(con: duckdb.DuckDBPyConnection, sources: list[Source], limit: int) -> list[Problem]:
    """Bad rows of the TTHC catalogue (a small file, read once with its row numbers)."""
    if not sources:
        return []
    names = [c.name for c in KINDS["procedure"]]
    totals: dict[str, dict[str, int]] = {}
    for source in sources:
        flags = ", ".join(f"count(*) FILTER (WHERE bad_{n})" for n in names)
        row = con.execute(f"SELECT {flags} FROM ({parsed_select(source)})").fetchone() or ()
        totals[source.file] = {n: int(c) for n, c in zip(names, row, strict=True) if c}
    problems = bad_rows(con, sources, totals, limit)
    dupes = con.execute("SELECT procedure_code, list(source_file || ':' || source_row ORDER BY source_file, "
                        "source_row) FROM procedures WHERE NOT bad GROUP BY procedure_code HAVING count(*) > 1 "
                        "ORDER BY 1").fetchall()
    for code, places in dupes:
        file, _, row = places[1].rpartition(":")
        problems.append(Problem(SourceLocation(file, int(row)), "procedure_code", "dossier_procedure_twice",
                                {"found": code, "first": places[0]}))
    return problems + broken_lines(con, sources, limit)



def _rejected_lines(con: duckdb.DuckDBPyConnection, source: Source) -> list[int]:
    if not source.rejects:
        return []
    try:
        return [int(n) for (n,) in con.execute(f"SELECT DISTINCT line FROM {source.rejects} ORDER BY 1").fetchall()]
    except duckdb.Error:
        return []

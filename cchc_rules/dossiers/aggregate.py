"""Aggregation of dossier, PAKN and TTHC-catalogue sources into counts, in DuckDB.

Stage: facts (aggregation). One scan of the dossier files fills `g` (per unit × period × TTHC,
the counts of the den/num conditions of `rules_sql.py`, and of bad rows); the metrics per
unit × period then come from `g` and the catalogue, with the province's pooled rows beside its
units'. PAKN files give `gp` the same way. Only the final counts come back into Python.
"""

from __future__ import annotations

from typing import NamedTuple

import duckdb

from cchc_rules.dossiers.columns import DOSSIER, PETITION, PROCEDURE
from cchc_rules.dossiers.parse import parsed_select
from cchc_rules.dossiers.rules_sql import (MACROS, PETITION_METRICS, PROCEDURE_MARKS,
                                           dossier_count_sql, petition_judged_sql)
from cchc_rules.dossiers.sources import Source, quote_text

CATALOGUE_METRICS = ("DVCTT_FORMALITY_PROVIDED", "DVCTT_SERVICE_WITH_DOSSIER", "PAYMENT_FORMALITY_PAID",
                     "PAYMENT_FORMALITY_INTEGRATED", "CITIZEN_DATA_CONNECTED_FORMALITY")
Row = tuple[str, str, str, int, int]  # unit, period, metric, numerator, denominator


def union_sql(sources: list[Source], row_number: bool = False, filled: tuple[str, ...] = ()) -> str:
    """The parsed rows of the sources, one after the other; `filled`: columns known to have no bad cell."""
    return " UNION ALL ".join(parsed_select(s, row_number, filled) for s in sources)


def create_procedures(con: duckdb.DuckDBPyConnection, sources: list[Source]) -> None:
    """The `procedures` table: one row per TTHC, with its level, online level and time unit read,
    and `proc_id`, a number for it: the dossiers are grouped by that number, not by the code's text."""
    names = ", ".join(c.name for c in PROCEDURE)
    if sources:
        select = (f"SELECT {names}, source_file, source_row, bad, CAST(row_number() OVER () AS INTEGER) AS proc_id "
                  f"FROM ({union_sql(sources, row_number=True)})")
    else:
        typed = {"flag": "INTEGER", "hours": "DOUBLE"}
        cols = ", ".join(f"CAST(NULL AS {typed.get(c.type, 'VARCHAR')}) AS {c.name}" for c in PROCEDURE)
        select = (f"SELECT {cols}, CAST(NULL AS VARCHAR) AS source_file, 0 AS source_row, false AS bad, "
                  "CAST(NULL AS INTEGER) AS proc_id LIMIT 0")
    con.execute(f"CREATE OR REPLACE TEMP TABLE procedures AS {select}")


def install_macros(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(MACROS)


class CodeScan(NamedTuple):
    """What the scan of the code column found: rows repeating an earlier code, rows with no code."""

    repeated: int
    empty: int


def create_repeats(con: duckdb.DuckDBPyConnection, sources: list[Source], code: str) -> CodeScan:
    """`repeats`: the rows whose `code` (dossier_code, petition_code) an earlier row has (files in
    the order given, rows in file order), with that first occurrence; returns how many, and how
    many rows have no code (a bad cell: with none, the counting pass need not read the column). A
    scan of the one column finds them; only when a code repeats is a second scan made, with row
    numbers, of the rows that have it."""
    con.execute("CREATE OR REPLACE TEMP TABLE repeats (source_file VARCHAR, source_row BIGINT, code VARCHAR, "
                "first_file VARCHAR, first_row BIGINT)")
    if not sources:
        return CodeScan(0, 0)
    parts = " UNION ALL ".join(f"SELECT {code} AS code FROM ({parsed_select(s)})" for s in sources)
    # Equal codes have equal 64-bit hashes, so no repeat is missed; a clash of two different codes
    # only sends a clean file down the exact path below. Counting distinct hashes costs ~40 % of
    # grouping the code strings (benchmarks/README.md, 766); sorting them and comparing neighbours
    # was 20 % faster but took the country-year past 2 GB. A row with no code has no hash.
    twice, empty = con.execute(f"""
        SELECT count(h) - count(DISTINCT h), count(*) - count(h)
        FROM (SELECT CASE WHEN code IS NOT NULL THEN hash(code) END AS h FROM ({parts}))""").fetchone()
    if not twice:
        return CodeScan(0, int(empty))
    order = ", ".join(f"({quote_text(s.file)}, {n})" for n, s in enumerate(sources))
    con.execute("SET preserve_insertion_order = true")  # row_number() OVER () must follow the file
    con.execute(f"""
        INSERT INTO repeats
        WITH o(source_file, file_order) AS (VALUES {order}),
        r AS (SELECT {code} AS code, source_file, source_row FROM ({union_sql(sources, row_number=True)})),
        d AS (SELECT code FROM r WHERE code IS NOT NULL GROUP BY code HAVING count(*) > 1),
        k AS (SELECT r.*, row_number() OVER (PARTITION BY r.code ORDER BY o.file_order, r.source_row) AS n
              FROM r JOIN d USING (code) JOIN o USING (source_file))
        SELECT k.source_file, k.source_row, k.code, f.source_file, f.source_row
        FROM k JOIN k f ON f.code = k.code AND f.n = 1 WHERE k.n > 1""")
    con.execute("SET preserve_insertion_order = false")
    return CodeScan(int(con.execute("SELECT count(*) FROM repeats").fetchone()[0]), int(empty))


def without_repeats(sources: list[Source], repeated: bool, row_number: bool = False,
                    filled: tuple[str, ...] = ()) -> str:
    """The parsed rows of the sources, less the repeated ones (`repeats`) when there are any."""
    if not repeated:
        return union_sql(sources, row_number, filled)
    return (f"SELECT * FROM ({union_sql(sources, True, filled)}) x "
            "ANTI JOIN repeats r ON r.source_file = x.source_file AND r.source_row = x.source_row")


def dossiers_with_catalogue(sources: list[Source], row_number: bool = False, repeated: bool = False,
                            filled: tuple[str, ...] = ()) -> str:
    """Parsed dossier rows with their unit level read and their TTHC's catalogue columns (a row
    repeating an earlier row's dossier code left out when `repeated`)."""
    rows = without_repeats(sources, repeated, row_number, filled)
    return f"""
        SELECT d.*, p.paper_result, p.fee_bearing, p.max_time, p.max_time_unit, p.proc_id
        FROM ({rows}) d
        LEFT JOIN (SELECT * FROM procedures WHERE NOT bad) p ON p.procedure_code = d.procedure_code"""


def _sums(metrics: tuple[str, ...]) -> str:
    return ", ".join(f"count(*) FILTER (WHERE den_{m}) AS den_{m}, count(*) FILTER (WHERE num_{m}) AS num_{m}"
                     for m in metrics)


def bad_cell_totals(con: duckdb.DuckDBPyConnection, sources: list[Source], columns: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """Bad cells per file and canonical column (0s left out): a second scan, run only when the
    aggregation counted bad rows (summing 29 flags in the main pass cost a quarter of its time)."""
    sums = ", ".join(f"count(*) FILTER (WHERE bad_{c})" for c in columns)
    totals: dict[str, dict[str, int]] = {}
    for row in con.execute(f"SELECT source_file, {sums} FROM ({union_sql(sources)}) WHERE bad "
                           "GROUP BY source_file ORDER BY source_file").fetchall():
        totals[row[0]] = {c: int(n) for c, n in zip(columns, row[1:], strict=True) if n}
    return totals


def create_dossier_groups(con: duckdb.DuckDBPyConnection, sources: list[Source], repeated: bool = False,
                          filled: tuple[str, ...] = ()) -> None:
    """`g`: the one scan of the dossier files, grouped by unit × period × TTHC (its `proc_id`; a
    code not in the catalogue has none, and no catalogue metric needs it). The unit's province and
    level are keys too: one value per unit in a clean export, and cheaper to hash than to min()."""
    rows = dossiers_with_catalogue(sources, repeated=repeated, filled=filled)
    keys = "unit, province, level, period, proc_id"
    con.execute(f"CREATE OR REPLACE TEMP TABLE g AS {dossier_count_sql(rows, keys)}")


def create_petition_groups(con: duckdb.DuckDBPyConnection, sources: list[Source], repeated: bool = False,
                           filled: tuple[str, ...] = ()) -> None:
    judged = petition_judged_sql(without_repeats(sources, repeated, filled=filled))
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE gp AS
        SELECT unit, province, period, count(*) FILTER (WHERE bad AND is_first) AS bad_rows, {_sums(PETITION_METRICS)}
        FROM ({judged}) GROUP BY unit, province, period""")


def _with_provinces(table: str, keys: str, every_row: bool = False) -> str:
    """A group table's rows for units, plus each province's pooled rows (unit = province code);
    `every_row` keeps the rows no asked period concerns (to know every unit of the data)."""
    period = "true" if every_row else "period IS NOT NULL"
    return f"""
        SELECT {keys}, false AS is_province, * EXCLUDE ({keys}) FROM {table}
        WHERE {period} AND unit IS NOT NULL AND unit IS DISTINCT FROM province
        UNION ALL
        SELECT province AS unit, {keys.replace('unit, ', '')}, true AS is_province, * EXCLUDE ({keys})
        FROM {table} WHERE {period} AND province IS NOT NULL"""


def unit_rows(con: duckdb.DuckDBPyConnection, metrics: tuple[str, ...], table: str, keys: str,
              units: list[str] | None) -> list[Row]:
    """(unit, period, metric, numerator, denominator) for every unit × asked period."""
    known = f"SELECT DISTINCT unit FROM ({_with_provinces(table, keys, every_row=True)})"
    if units is not None:
        known = " UNION ".join(f"SELECT {quote_text(u)} AS unit" for u in units) or "SELECT NULL AS unit LIMIT 0"
    sums = ", ".join(f"coalesce(sum(s.num_{m}), 0), coalesce(sum(s.den_{m}), 0)" for m in metrics)
    rows = con.execute(f"""
        WITH s AS ({_with_provinces(table, keys)}), u AS ({known})
        SELECT u.unit, t.period, {sums}
        FROM u CROSS JOIN periods t LEFT JOIN s ON s.unit = u.unit AND s.period = t.period
        GROUP BY u.unit, t.period ORDER BY u.unit, t.period""").fetchall()
    return _melt(rows, metrics)


def catalogue_rows(con: duckdb.DuckDBPyConnection, units: list[str] | None) -> list[Row]:
    """The TTHC-catalogue metrics per unit × period: TTHC under the unit's authority (its level;
    a province: all) and those with at least one dossier of the kind the metric asks."""
    keys = "unit, period, proc_id"
    marks = ", ".join(f"sum(mark_{m}) AS mark_{m}" for m in PROCEDURE_MARKS)
    known = (f"SELECT unit, bool_or(is_province) AS is_province, min(level) AS level "
             f"FROM ({_with_provinces('g', keys, every_row=True)}) GROUP BY unit")
    if units is not None:
        wanted = ", ".join(quote_text(u) for u in units) or "NULL"
        known += f" HAVING unit IN ({wanted})"
    rows = con.execute(f"""
        WITH s AS ({_with_provinces('g', keys)}),
        per AS (SELECT unit, period, proc_id, {marks} FROM s GROUP BY ALL),
        u AS ({known}),
        a AS (SELECT u.unit, t.period, p.* EXCLUDE (level, source_file, source_row, bad)
              FROM u CROSS JOIN periods t
              JOIN (SELECT * FROM procedures WHERE NOT bad) p
                ON u.is_province OR u.level IS NULL OR p.level IS NULL OR p.level = u.level)
        SELECT a.unit, a.period,
            count(*) FILTER (WHERE online_level IN ('partial', 'full')),
            count(*),
            count(*) FILTER (WHERE online_level IN ('partial', 'full') AND per.mark_online_dossiers > 0),
            count(*) FILTER (WHERE online_level IN ('partial', 'full')),
            count(*) FILTER (WHERE fee_bearing = 1 AND per.mark_paid_dossiers > 0),
            count(*) FILTER (WHERE fee_bearing = 1),
            count(*) FILTER (WHERE fee_bearing = 1 AND per.mark_fee_synced_dossiers > 0),
            count(*) FILTER (WHERE fee_bearing = 1),
            count(*) FILTER (WHERE individual_applicant = 1 AND per.mark_citizen_dossiers > 0),
            count(*) FILTER (WHERE individual_applicant = 1)
        FROM a LEFT JOIN per ON per.unit = a.unit AND per.period = a.period
                            AND per.proc_id = a.proc_id
        GROUP BY a.unit, a.period ORDER BY a.unit, a.period""").fetchall()
    return _melt(rows, CATALOGUE_METRICS)


def _melt(rows: list[tuple], metrics: tuple[str, ...]) -> list[Row]:
    out: list[Row] = []
    for unit, period, *values in rows:
        for i, metric in enumerate(metrics):
            out.append((unit, period, metric, int(values[2 * i]), int(values[2 * i + 1])))
    return out


def unit_provinces(con: duckdb.DuckDBPyConnection, tables: list[str]) -> dict[str, str]:
    """unit → its province code, from whichever group tables exist."""
    selects = " UNION ".join(f"SELECT DISTINCT unit, province FROM {t} WHERE province IS NOT NULL "
                             "AND unit IS NOT NULL" for t in tables)
    if not selects:
        return {}
    return {unit: province for unit, province in con.execute(f"{selects} ORDER BY 1, 2").fetchall()}


DOSSIER_COLUMNS = tuple(c.name for c in DOSSIER)
PETITION_COLUMNS = tuple(c.name for c in PETITION)
PROCEDURE_COLUMNS = tuple(c.name for c in PROCEDURE)

"""Benchmark: `dossiers.compute` against the same aggregation hand-written as ONE DuckDB query.

    python benchmarks/dossiers_bench.py /work/bench-dossiers/r1000000/parquet/ho_so_province.parquet ...

For each dossier file (with the tthc.csv beside it) and the year 2026, in the same run: the
library's `compute` (reading, checking every cell, the on-time rules, catalogue metrics, the
province's pooled rows) and the bare query (DuckDB's own typed reading, the ten dossier metrics
per unit, no checks). Each runs in its own child process, so its peak memory (ru_maxrss) is its
own. The dossier metrics of both are compared unit by unit: the run fails if they differ.
Prints rows/s, wall and CPU seconds (CPU time of the child: steadier than wall time on a shared
machine), peak MB, both ratios and the load average.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PERIOD = "2026"

# The hand-written query: what one would write straight over the file (DuckDB types the CSV). The
# working-day calendar (Monday-Friday, 2023-2027, as the library's for 2026 without holidays) is
# two lists indexed by day, which is how one writes a per-row calendar lookup fast in DuckDB (the
# first version looked each day up with a correlated subquery, 4x slower: it flattered the library).
CALENDAR = """
CREATE TEMP TABLE cal AS
    SELECT CAST(r AS DATE) AS day, CAST(isodow(r) <= 5 AS INTEGER) AS w,
           CAST(sum(CAST(isodow(r) <= 5 AS INTEGER)) OVER (ORDER BY r) - CAST(isodow(r) <= 5 AS INTEGER) AS INTEGER) AS cb
    FROM range(DATE '2023-01-01', DATE '2028-01-01', INTERVAL 1 DAY) t(r);
SET VARIABLE cb = (SELECT list(cb ORDER BY day) FROM cal);
SET VARIABLE w = (SELECT list(w ORDER BY day) FROM cal);
"""
BARE_ROWS = """
WITH d AS (
    SELECT d.*, p.YeuCauKetQuaGiay AS paper_result, p.CoPhiLePhi AS fee_bearing, p.ThoiHanGiaiQuyet AS max_time,
           p.DonViTinh AS time_unit,
           coalesce(processed_at, returned_at, stopped_at) AS end_at
    FROM {relation} d LEFT JOIN read_csv('{tthc}') p ON p.MaTTHC = d.procedure_code
), j AS (
    SELECT d.*,
        received_at >= DATE '2026-01-01' AND received_at < DATE '2027-01-01' AS rec,
        received_at < DATE '2026-01-01' AND (end_at IS NULL OR end_at >= DATE '2026-01-01') AS carried,
        coalesce(received_at, submitted_at) >= DATE '2026-01-01' AND coalesce(received_at, submitted_at) < DATE '2027-01-01' AS sub,
        (CASE WHEN end_at < TIMESTAMP '2027-01-01' THEN end_at
              WHEN supplement_waiting_since < TIMESTAMP '2027-01-01' THEN supplement_waiting_since
              ELSE TIMESTAMP '2026-12-31 23:59:59' END) - to_microseconds(CAST(coalesce(supplement_hours, 0) * 3600e6 AS BIGINT)) AS eff
    FROM d
), k AS (
    SELECT j.*, CASE
        WHEN received_at IS NULL THEN false
        WHEN coalesce(supplement_count, 0) > 1 THEN false
        WHEN due_at IS NOT NULL THEN eff <= due_at
        WHEN max_time IS NULL THEN false
        WHEN time_unit = 'giờ' THEN eff <= received_at + to_microseconds(CAST(max_time * 3600e6 AS BIGINT))
        WHEN time_unit = 'ngày làm việc' THEN
            getvariable('cb')[date_diff('day', DATE '2023-01-01', CAST(eff AS DATE)) + 1]
              <= getvariable('cb')[date_diff('day', DATE '2023-01-01', CAST(received_at AS DATE)) + 1]
                 + getvariable('w')[date_diff('day', DATE '2023-01-01', CAST(received_at AS DATE)) + 1]
                 + CAST(ceil(max_time) AS INTEGER) - 1
        ELSE date_diff('day', CAST(received_at AS DATE), CAST(eff AS DATE)) <= max_time END AS on_time
    FROM j
)
"""
# The ten dossier metrics (num, den), written once for both queries.
COUNTS = """
    count(*) FILTER (rec AND synced = 1), count(*) FILTER (rec),
    count(*) FILTER ((rec OR carried) AND on_time), count(*) FILTER (rec OR carried),
    count(*) FILTER (sub AND coalesce(channel, 1) = 2 AND (coalesce(paper_result, 0) = 0 OR result_file IS NOT NULL)),
    count(*) FILTER (sub),
    count(*) FILTER (rec AND paper_result = 1 AND result_file IS NOT NULL),
    count(*) FILTER (rec AND component_files > 0 AND result_file IS NOT NULL),
    count(*) FILTER (rec AND reused = 1),
    count(*) FILTER (rec AND (from_store = 1 OR pushed_to_store = 1)),
    count(*) FILTER (rec AND (vneid = 1 OR from_store = 1 OR population_code IS NOT NULL)),
    count(*) FILTER (rec AND fee_bearing = 1 AND coalesce(fee_total, 1) <> 0 AND paid_online IN (1, 2)),
    count(*) FILTER (rec AND fee_bearing = 1 AND coalesce(fee_total, 1) <> 0),
    count(*) FILTER (rec AND on_time AND coalesce(unsatisfied, 0) = 0 AND coalesce(dislikes, 0) <= coalesce(likes, 0)
                     AND petition_code IS NULL)
"""
BARE = BARE_ROWS + "SELECT unit," + COUNTS + "FROM k GROUP BY unit ORDER BY unit"
# Every metric the library gives from a dossier file and the catalogue: the ten, and the five
# catalogue metrics, which need each unit's dossiers per TTHC ("TTHC with at least one online
# dossier", ...): grouped by unit x TTHC first, then rolled up per unit and joined to the catalogue.
ONLINE = "p.MucDoDVC IN ('toàn trình', 'một phần')"
BARE_FULL = BARE_ROWS.replace("WITH d AS (", "WITH p AS (SELECT * FROM read_csv('{tthc}')), d AS (").replace(
    "LEFT JOIN read_csv('{tthc}') p", "LEFT JOIN p") + """, per AS (
    SELECT unit, procedure_code, min(level) AS level,""" + COUNTS + """,
        bool_or(sub AND coalesce(channel, 1) = 2) AS m_online,
        bool_or(rec AND fee_bearing = 1 AND paid_online IN (1, 2)) AS m_paid,
        bool_or(rec AND fee_bearing = 1 AND fee_total IS NOT NULL) AS m_fee,
        bool_or(rec AND (vneid = 1 OR from_store = 1 OR population_code IS NOT NULL)) AS m_citizen
    FROM k GROUP BY unit, procedure_code
), u AS (
    SELECT unit, min(level) AS level, sum(COLUMNS(* EXCLUDE (unit, procedure_code, level, m_online, m_paid, m_fee, m_citizen)))
    FROM per GROUP BY unit
""" + f"""), cat AS (
    SELECT u.unit,
        count(*) FILTER ({ONLINE}), count(*),
        count(*) FILTER ({ONLINE} AND per.m_online), count(*) FILTER ({ONLINE}),
        count(*) FILTER (p.CoPhiLePhi = 1 AND per.m_paid), count(*) FILTER (p.CoPhiLePhi = 1),
        count(*) FILTER (p.CoPhiLePhi = 1 AND per.m_fee), count(*) FILTER (p.CoPhiLePhi = 1),
        count(*) FILTER (p.DoiTuongCaNhan = 1 AND per.m_citizen), count(*) FILTER (p.DoiTuongCaNhan = 1)
    FROM u JOIN p ON p.CapThucHien = u.level  -- the TTHC of the unit's level
    LEFT JOIN per ON per.unit = u.unit AND per.procedure_code = p.MaTTHC
    GROUP BY u.unit
)
SELECT u.* EXCLUDE (level), cat.* EXCLUDE (unit) FROM u JOIN cat USING (unit) ORDER BY unit"""
BARE_METRICS = ("num:DOSSIER_SYNC", "den:DOSSIER_SYNC", "num:DOSSIER_ON_TIME", "den:DOSSIER_ON_TIME",
                "num:DVCTT_ONLINE_DOSSIER", "den:DVCTT_ONLINE_DOSSIER", "num:ORIGINAL_RESULT_AVAILABLE",
                "num:SO_HOA_GIAY_TO_GIAI_QUYET", "num:REUSED_DIGITIZED_DATA",
                "num:SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "num:CITIZEN_DATA_CONNECTED_DOSSIER",
                "num:PAYMENT_DOSSIER_ONLINE", "den:PAYMENT_DOSSIER_ONLINE", "num:DOSSIER_RECEIVING_SATISFACTION")
FULL_METRICS = BARE_METRICS + tuple(f"{side}:{m}" for m in (
    "DVCTT_FORMALITY_PROVIDED", "DVCTT_SERVICE_WITH_DOSSIER", "PAYMENT_FORMALITY_PAID", "PAYMENT_FORMALITY_INTEGRATED",
    "CITIZEN_DATA_CONNECTED_FORMALITY") for side in ("num", "den"))

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
mode, path, tthc = sys.argv[1:4]
started = time.perf_counter()
if mode == "library":
    from cchc_rules.dossiers import compute
    counts = compute([path, tthc], [{period!r}])
    out = {{}}
    for c in counts:
        if c.unit.isdigit() and len(c.unit) == 5:  # wards, not the province's pooled row
            out.setdefault(c.unit, {{}})["num:" + c.metric] = c.numerator
            out[c.unit]["den:" + c.metric] = c.denominator
else:
    import duckdb
    con = duckdb.connect(config={{"memory_limit": "1500MB", "preserve_insertion_order": False}})
    relation = ("read_parquet('%s')" % path) if path.endswith(".parquet") else (
        "(SELECT {renames} FROM read_csv('%s'))" % path)
    con.execute({calendar!r})
    query, names = {queries!r}[mode]
    rows = con.execute(query.format(relation=relation, tthc=tthc)).fetchall()
    out = {{r[0]: dict(zip(names, r[1:])) for r in rows}}
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
print(json.dumps({{"seconds": seconds, "cpu": cpu, "peak_mb": peak, "counts": out}}))
"""


def _renames() -> str:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_dossiers import VI_HEADERS

    return ", ".join(f"{v} AS {k}" for k, v in VI_HEADERS.items())


def run(mode: str, path: Path, tthc: Path) -> dict:
    queries = {"bare": (BARE, BARE_METRICS), "full": (BARE_FULL, FULL_METRICS)}
    code = CHILD.format(root=str(ROOT), period=PERIOD, queries=queries, calendar=CALENDAR, renames=_renames())
    done = subprocess.run([sys.executable, "-c", code, mode, str(path), str(tthc)], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{mode} failed on {path}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def rows_in(path: Path) -> int:
    import duckdb

    relation = f"read_parquet('{path}')" if path.suffix == ".parquet" else f"read_csv('{path}')"
    return int(duckdb.sql(f"SELECT count(*) FROM {relation}").fetchone()[0])


def compare(library: dict, bare: dict) -> list[str]:
    wrong = []
    for unit, values in sorted(bare["counts"].items()):
        mine = library["counts"].get(unit, {})
        wrong += [f"{unit} {k}: library {mine.get(k)} ≠ query {v}" for k, v in values.items() if mine.get(k) != v]
    return wrong


def _line(name: str, side: dict, rows: int) -> str:
    return (f"{name} {side['seconds']:.2f} s wall, {side['cpu']:.2f} s CPU ({rows / side['seconds'] / 1e6:.2f} M rows/s, "
            f"peak {side['peak_mb']:.0f} MB)")


def main(paths: list[str]) -> int:
    print(f"load average before: {os.getloadavg()}")
    for name in paths:
        path = Path(name)
        tthc = path.with_name("tthc.csv")
        rows = rows_in(path)
        bare, full, library = run("bare", path, tthc), run("full", path, tthc), run("library", path, tthc)
        wrong = compare(library, bare) + compare(library, full)
        print(f"{path.name} [{path.suffix[1:]}] {rows:,} rows | {_line('library', library, rows)} | "
              f"{_line('query (10 metrics per unit)', bare, rows)} | {_line('query (all 15 metrics)', full, rows)} | "
              f"ratio to the 10-metric query: wall {library['seconds'] / bare['seconds']:.2f}, "
              f"CPU {library['cpu'] / bare['cpu']:.2f} | to the 15-metric query: wall "
              f"{library['seconds'] / full['seconds']:.2f}, CPU {library['cpu'] / full['cpu']:.2f} | "
              f"same counts: {not wrong} | load {os.getloadavg()[0]:.2f}", flush=True)
        for line in wrong[:10]:
            print("  MISMATCH", line)
        if wrong:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

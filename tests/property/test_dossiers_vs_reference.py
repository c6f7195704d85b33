"""The DuckDB aggregation of dossier and PAKN exports equals a plain-Python count, in any row order.

Hypothesis draws small exports (every field, every edge case of the on-time rules, dates around
the asked periods, holidays), writes them as CSV in a shuffled order (and Parquet for one draw
in three), and compares `dossiers.compute` with `dossier_reference`.
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import duckdb
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from cchc_rules.dossiers import compute
from tests.property.dossier_reference import METRICS, dossier_counts, petition_counts

PERIODS = ["2026-Q3", "2026-08", "2026"]
BASE = dt.datetime(2026, 6, 1)
UNITS = ("31117", "31120", "31123")
CATALOGUE = {
    "T1": {"paper_result": 1, "fee_bearing": 1, "max_time": 3, "max_time_unit": "working_day"},
    "T2": {"paper_result": 0, "fee_bearing": 0, "max_time": 30, "max_time_unit": "hour"},
    "T3": {"paper_result": 0, "fee_bearing": 1, "max_time": 5, "max_time_unit": "day"},
    "T4": {"paper_result": 1, "fee_bearing": 0},
}
UNIT_TEXT = {"working_day": "ngày làm việc", "hour": "giờ", "day": "ngày"}

moments = st.builds(lambda minutes: BASE + dt.timedelta(minutes=minutes), st.integers(0, 200 * 24 * 60))
maybe = st.one_of(st.none(), moments)
flag = st.sampled_from([None, 0, 1])

dossier = st.fixed_dictionaries({
    "procedure_code": st.sampled_from(sorted(CATALOGUE) + ["T9"]), "unit": st.sampled_from(UNITS),
    "channel": st.sampled_from([None, 1, 2, 3]), "submitted_at": maybe, "received_at": maybe, "due_at": maybe,
    "processed_at": maybe, "returned_at": maybe, "stopped_at": maybe,
    "supplement_count": st.sampled_from([None, 0, 1, 2, 3]),
    "supplement_hours": st.one_of(st.none(), st.integers(0, 400).map(lambda n: n / 4)),
    "supplement_waiting_since": maybe, "result_file": st.sampled_from([None, "https://kq/1"]),
    "component_files": st.sampled_from([None, 0, 2]), "reused": flag, "from_store": flag, "pushed_to_store": flag,
    "vneid": flag, "population_code": st.sampled_from([None, "001"]), "paid_online": st.sampled_from([0, 1, 2]),
    "fee_total": st.sampled_from([None, 0.0, 50000.0]), "synced": flag, "likes": st.sampled_from([None, 0, 2]),
    "dislikes": st.sampled_from([None, 0, 1, 3]), "unsatisfied": flag, "petition_code": st.sampled_from([None, "PA1"]),
})
petition = st.fixed_dictionaries({
    "unit": st.sampled_from(UNITS), "sent_at": moments, "transferred_at": maybe, "received": flag,
    "in_competence": flag, "rejected_at": maybe, "info_requested_at": maybe, "processed_at": maybe,
    "published_at": maybe, "likes": st.sampled_from([None, 0, 2]), "dislikes": st.sampled_from([None, 0, 3]),
    "reraised": flag,
})
holidays = st.lists(st.dates(dt.date(2026, 6, 1), dt.date(2027, 1, 31)), max_size=6)


def _cell(value: Any, iso: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):  # both ways an export writes a time; ISO only for DuckDB's sniffer
        return value.strftime("%d/%m/%Y %H:%M:%S") if value.minute % 2 and not iso else value.isoformat(sep=" ")
    return str(value)


def _write(path: Path, rows: list[dict[str, Any]], order: list[int], iso: bool = False) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        header = sorted(rows[0])
        writer.writerow(header)
        for i in order:
            writer.writerow([_cell(rows[i][k], iso) for k in header])


def _catalogue(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["MaTTHC", "YeuCauKetQuaGiay", "CoPhiLePhi", "ThoiHanGiaiQuyet", "DonViTinh"])
        for code, p in CATALOGUE.items():
            writer.writerow([code, p["paper_result"], p["fee_bearing"], p.get("max_time", ""),
                             UNIT_TEXT.get(p.get("max_time_unit", ""), "")])


# No shrinking: each example runs DuckDB, and shrinking a failure took minutes on the shared machine.
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(st.lists(dossier, min_size=1, max_size=25), st.lists(petition, min_size=1, max_size=10), holidays,
       st.randoms(use_true_random=False), st.booleans())
def test_duckdb_counts_equal_the_reference(dossiers, petitions, off, random, parquet):
    for n, d in enumerate(dossiers):
        d["dossier_code"] = f"H{n}"
    for n, p in enumerate(petitions):
        p["petition_code"] = f"P{n}"
    order = list(range(len(dossiers)))
    random.shuffle(order)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _write(root / "ho_so.csv", dossiers, order, iso=parquet)
        if parquet:  # the same rows again, as Parquet with typed columns
            duckdb.sql(f"COPY (SELECT * FROM read_csv('{root / 'ho_so.csv'}')) TO '{root / 'ho_so.parquet'}'")
            (root / "ho_so.csv").unlink()
        _write(root / "pakn.csv", petitions, list(reversed(range(len(petitions)))))
        _catalogue(root / "tthc.csv")
        counts = compute(root, PERIODS, holidays=off)
    mine = {(c.unit, c.period, c.metric): [c.numerator, c.denominator] for c in counts
            if c.metric in METRICS or c.metric.startswith("PETITION_")}
    expected = dossier_counts(dossiers, CATALOGUE, PERIODS, frozenset(off))
    expected.update(petition_counts(petitions, PERIODS, frozenset(off)))
    wrong = {k: (mine.get(k), v) for k, v in expected.items() if mine.get(k) != v}
    extra = sorted(set(mine) - set(expected))
    assert not wrong and not extra, (wrong, extra)

"""Seeded, realistic one-stop-shop exports for the 766 index: dossiers, PAKN, TTHC catalogue.

    python benchmarks/generate_dossiers.py --scale commune  --period 2026-Q3 --out /tmp/ds
    python benchmarks/generate_dossiers.py --scale province --period 2026-Q3 --format both --out /tmp/dp
    python benchmarks/generate_dossiers.py --scale country  --period 2026 --format parquet --out /tmp/dc
    python benchmarks/generate_dossiers.py --rows 1000000 --period 2026 --out /tmp/d1m

Scales: a commune (one ward of Cần Thơ, ~5,000 dossiers a quarter), a province (Cần Thơ's wards,
~500,000 a quarter), the country-year (every ward, ~70 million dossiers a year). Unit codes are
the official ward and province codes of `vietnam-provinces`. The rows are made by DuckDB from a
hash of (row, seed, field), so the same seed gives the same files, at any thread count.
Every edge case the on-time rules name has a share: second supplement requests, the citizen's
supplement time, dossiers still waiting for a supplement, unfinished dossiers, carry-over from
before the period, each end status alone (processed, returned, stopped/withdrawn), no due date
(the TTHC's maximum time, in hours, days or working days), no channel, postal, never received,
zero fees and missing fee lists, paid online on DVCQG or the local portal, likes and dislikes,
linked PAKN. The Parquet file uses the English headers, the CSV file the Vietnamese export ones.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cchc_rules.dossiers.workdays import period_bounds  # noqa: E402

CAN_THO = 92
SCALES = {"commune": 5_000, "province": 500_000, "country": 70_000_000}  # per quarter / per year
PROCEDURES = 300
VI_HEADERS = {"dossier_code": "MaHoSo", "procedure_code": "MaTTHC", "unit": "MaDonVi", "province": "MaTinh",
              "level": "CapThucHien", "channel": "KenhThucHien", "submitted_at": "NgayNopHoSo",
              "received_at": "NgayTiepNhan", "due_at": "NgayHenTra", "processed_at": "NgayXuLyXong",
              "returned_at": "NgayTraKetQua", "stopped_at": "NgayDungXuLy", "supplement_count": "SoLanYeuCauBoSung",
              "supplement_hours": "ThoiGianBoSung", "supplement_waiting_since": "NgayYeuCauBoSungChuaXong",
              "result_file": "DuongDanTepTinKetQua", "component_files": "SoTepThanhPhan",
              "reused": "HoSoCoThanhPhanSoHoa", "from_store": "DuocLayTuKhoDMQG", "pushed_to_store": "DayKetQuaVaoKho",
              "vneid": "TaiKhoanDuocXacThucVoiVNeID", "population_code": "MaDinhDanhCSDLDC",
              "paid_online": "DuocThanhToanTrucTuyen", "fee_total": "TongPhiLePhi", "synced": "DongBoDVCQG",
              "likes": "SoLuotThich", "dislikes": "SoLuotKhongThich", "unsatisfied": "KhongHaiLong",
              "petition_code": "MaPAKN"}


def units(scale: str) -> list[tuple[str, str]]:
    """(ward code, province code) of the scale: one ward, Cần Thơ's wards, or every ward."""
    from vietnam_provinces import Ward

    wards = sorted((f"{int(w.code):05d}", f"{int(w.province_code):02d}") for w in Ward.iter_all())
    if scale == "country":
        return wards
    local = [w for w in wards if int(w[1]) == CAN_THO]
    return local[:1] if scale == "commune" else local


def _u(k: int) -> str:
    """A uniform number in [0, 1) from the row, the seed and the field number k."""
    return f"((hash(i, getvariable('seed'), {k}) % 1000003) / 1000003.0)"


def dossier_sql(rows: int, first: str, last: str, n_units: int) -> str:
    """One SELECT producing `rows` dossiers received from a month before `first` to `last`."""
    span = f"(epoch(TIMESTAMP '{last} 23:59:59') - epoch(TIMESTAMP '{first}') + 30 * 86400)"
    return f"""
    WITH base AS (
        SELECT i,
            to_timestamp(epoch(TIMESTAMP '{first}') - 30 * 86400 + floor({_u(1)} * {span}))::TIMESTAMP AS rec,
            CAST(floor({_u(2)} * {n_units}) AS INTEGER) AS unit_no,
            CAST(floor({_u(3)} * {PROCEDURES}) AS INTEGER) + 1 AS proc_no,
            {_u(4)} AS r_end, {_u(5)} AS r_dur, {_u(6)} AS r_sup, {_u(7)} AS r_due, {_u(8)} AS r_chan,
            {_u(9)} AS r_flag, {_u(10)} AS r_fee, {_u(11)} AS r_like, {_u(12)} AS r_kind
        FROM range({rows}) t(i)
    ), shaped AS (
        SELECT *, rec + INTERVAL (1 + CAST(floor(r_due * 15) AS INTEGER)) DAY AS due,
            CASE WHEN r_end < 0.10 THEN NULL
                 ELSE rec + to_seconds(CAST((1 + floor(r_due * 15)) * 86400 * (0.3 + r_dur * 1.05) AS BIGINT)) END AS fin,
            CASE WHEN r_sup < 0.85 THEN 0 WHEN r_sup < 0.95 THEN 1 ELSE 2 + CAST(floor(r_sup * 10) AS INTEGER) % 2 END AS sups
        FROM base
    )
    SELECT
        'HS' || lpad(CAST(i AS VARCHAR), 9, '0') AS dossier_code,
        'T' || lpad(CAST(proc_no AS VARCHAR), 3, '0') AS procedure_code,
        u.unit, u.province, 'xã' AS level,
        CASE WHEN r_chan < 0.02 THEN NULL WHEN r_chan < 0.57 THEN 2 WHEN r_chan < 0.97 THEN 1 ELSE 3 END AS channel,
        rec - INTERVAL (CAST(floor(r_flag * 3) AS INTEGER)) DAY AS submitted_at,
        CASE WHEN r_kind < 0.01 THEN NULL ELSE rec END AS received_at,
        CASE WHEN r_kind BETWEEN 0.01 AND 0.05 THEN NULL ELSE due END AS due_at,
        CASE WHEN r_kind < 0.80 THEN fin END AS processed_at,
        CASE WHEN r_kind < 0.56 OR r_kind >= 0.80 AND r_kind < 0.95 THEN fin + INTERVAL 1 DAY END AS returned_at,
        CASE WHEN r_kind >= 0.95 THEN fin END AS stopped_at,
        sups AS supplement_count,
        CASE WHEN sups > 0 THEN round(r_sup * 720) / 10 END AS supplement_hours,
        CASE WHEN fin IS NULL AND r_dur < 0.2 THEN rec + INTERVAL 2 DAY END AS supplement_waiting_since,
        CASE WHEN fin IS NOT NULL AND r_flag < 0.7 THEN 'https://kq.example.vn/' || i END AS result_file,
        CAST(floor(r_flag * 6) AS INTEGER) AS component_files,
        CASE WHEN r_like < 0.3 THEN 1 ELSE 0 END AS reused,
        CASE WHEN r_like BETWEEN 0.3 AND 0.4 THEN 1 ELSE 0 END AS from_store,
        CASE WHEN r_like BETWEEN 0.4 AND 0.45 THEN 1 ELSE 0 END AS pushed_to_store,
        CASE WHEN r_chan > 0.2 AND r_chan < 0.6 THEN 1 ELSE 0 END AS vneid,
        CASE WHEN r_dur > 0.8 THEN '0' || lpad(CAST(i % 100000000000 AS VARCHAR), 11, '0') END AS population_code,
        CASE WHEN r_fee < 0.35 THEN 1 WHEN r_fee < 0.5 THEN 2 ELSE 0 END AS paid_online,
        CASE WHEN r_fee > 0.95 THEN 0.0 WHEN r_fee > 0.85 THEN NULL ELSE 10000 * (1 + floor(r_fee * 20)) END AS fee_total,
        CASE WHEN r_flag < 0.95 THEN 1 ELSE 0 END AS synced,
        CAST(floor(r_like * 3) AS INTEGER) AS likes,
        CAST(floor(r_dur * 2.2) AS INTEGER) AS dislikes,
        CASE WHEN r_like > 0.98 THEN 1 ELSE 0 END AS unsatisfied,
        CASE WHEN r_like > 0.99 THEN 'PA' || i END AS petition_code
    FROM shaped JOIN units u ON u.unit_no = shaped.unit_no"""


def procedure_sql() -> str:
    return f"""
    SELECT 'T' || lpad(CAST(i AS VARCHAR), 3, '0') AS MaTTHC, 'xã' AS CapThucHien,
        CASE WHEN i % 5 < 2 THEN 1 ELSE 0 END AS YeuCauKetQuaGiay,
        CASE WHEN i % 10 < 3 THEN 1 ELSE 0 END AS CoPhiLePhi,
        CASE WHEN i % 10 < 3 THEN 'toàn trình' WHEN i % 10 < 7 THEN 'một phần' END AS MucDoDVC,
        CASE WHEN i % 5 < 4 THEN 1 ELSE 0 END AS DoiTuongCaNhan,
        CASE WHEN i % 7 = 0 THEN 8 ELSE 1 + i % 15 END AS ThoiHanGiaiQuyet,
        CASE WHEN i % 7 = 0 THEN 'giờ' WHEN i % 3 = 0 THEN 'ngày' ELSE 'ngày làm việc' END AS DonViTinh
    FROM range(1, {PROCEDURES + 1}) t(i)"""


def petition_sql(rows: int, first: str, last: str, n_units: int) -> str:
    span = f"(epoch(TIMESTAMP '{last} 23:59:59') - epoch(TIMESTAMP '{first}'))"
    return f"""
    WITH b AS (SELECT i, to_timestamp(epoch(TIMESTAMP '{first}') + floor({_u(21)} * {span}))::TIMESTAMP AS sent,
                      CAST(floor({_u(22)} * {n_units}) AS INTEGER) AS unit_no, {_u(23)} AS r1, {_u(24)} AS r2
               FROM range({rows}) t(i))
    SELECT 'PA' || i AS MaPAKN, u.unit AS MaDonVi, u.province AS MaTinh, sent AS NgayGui,
        CASE WHEN r1 < 0.1 THEN sent + INTERVAL 3 DAY END AS NgayChuyenGanNhat,
        CASE WHEN r2 < 0.02 THEN 0 ELSE 1 END AS DaTiepNhan, CASE WHEN r2 > 0.97 THEN 0 ELSE 1 END AS ThuocThamQuyen,
        CASE WHEN r1 BETWEEN 0.1 AND 0.15 THEN sent + INTERVAL (CAST(floor(r2 * 5) AS INTEGER)) DAY END AS NgayTuChoi,
        CASE WHEN r1 BETWEEN 0.15 AND 0.3 THEN sent + INTERVAL (CAST(floor(r2 * 9) AS INTEGER)) DAY END
            AS NgayYeuCauBoSungThongTin,
        CASE WHEN r1 >= 0.15 AND r1 < 0.9 THEN sent + INTERVAL (CAST(floor(r2 * 26) AS INTEGER)) DAY END AS NgayXuLy,
        CASE WHEN r1 >= 0.15 AND r1 < 0.8 THEN sent + INTERVAL (CAST(floor(r2 * 26) + floor(r1 * 4) AS INTEGER)) DAY
            END AS NgayCongKhai,
        CAST(floor(r1 * 3) AS INTEGER) AS SoLuotThich, CAST(floor(r2 * 3) AS INTEGER) AS SoLuotKhongThich,
        CASE WHEN r2 > 0.95 THEN 1 ELSE 0 END AS PhanAnhLai
    FROM b JOIN units u ON u.unit_no = b.unit_no"""


def generate(out: Path, rows: int, period: str, scale: str, fmt: str, seed: int) -> dict[str, Path]:
    """Write the exports into `out`; returns the files written by kind."""
    out.mkdir(parents=True, exist_ok=True)
    first, last = (d.isoformat() for d in period_bounds(period))
    con = duckdb.connect(config={"preserve_insertion_order": False, "memory_limit": "1500MB"})
    con.execute(f"SET VARIABLE seed = {int(seed)}")
    ward_list = units(scale)
    values = ", ".join(f"({n}, '{w}', '{p}')" for n, (w, p) in enumerate(ward_list))
    con.execute(f"CREATE TEMP TABLE units AS SELECT * FROM (VALUES {values}) v(unit_no, unit, province)")
    written: dict[str, Path] = {}
    select = dossier_sql(rows, first, last, len(ward_list))
    if fmt in ("parquet", "both"):
        written["parquet"] = out / f"ho_so_{scale}.parquet"
        con.execute(f"COPY ({select}) TO '{written['parquet']}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)")
    if fmt in ("csv", "both"):
        renamed = ", ".join(f"{k} AS {v}" for k, v in VI_HEADERS.items())
        written["csv"] = out / f"ho_so_{scale}.csv"
        con.execute(f"COPY (SELECT {renamed} FROM ({select})) TO '{written['csv']}' (HEADER, DELIMITER ',')")
    written["procedure"] = out / "tthc.csv"
    con.execute(f"COPY ({procedure_sql()}) TO '{written['procedure']}' (HEADER)")
    written["petition"] = out / "pakn.csv"
    con.execute(f"COPY ({petition_sql(max(10, rows // 200), first, last, len(ward_list))}) "
                f"TO '{written['petition']}' (HEADER)")
    written["metric_counts"] = out / "metric_counts.csv"
    provinces = sorted({p for _, p in ward_list})
    lines = ["unit,period,metric,numerator,denominator"] + [
        f"{p},{period},{m},{n},{d}" for p in provinces
        for m, n, d in (("PUBLISH_ON_TIME", 47, 50), ("PUBLIC_UPDATE_ON_TIME", 45, 50), ("PUBLIC_CONTENT_FULL", 50, 50))]
    written["metric_counts"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="commune")
    parser.add_argument("--rows", type=int, help="number of dossiers (default: the scale's, per quarter or year)")
    parser.add_argument("--period", default="2026-Q3")
    parser.add_argument("--format", choices=("parquet", "csv", "both"), default="parquet")
    parser.add_argument("--seed", type=int, default=766)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    per = SCALES[args.scale]
    rows = args.rows or (per * 4 if len(args.period) == 4 and args.scale != "country" else per)
    started = time.perf_counter()
    formats = ("parquet", "csv") if args.format == "both" else (args.format,)
    for fmt in formats:  # "both": one folder per format, so a folder never holds the dossiers twice
        out = args.out / fmt if len(formats) > 1 else args.out
        for kind, path in generate(out, rows, args.period, args.scale, fmt, args.seed).items():
            print(f"{kind}: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"{rows} dossiers in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

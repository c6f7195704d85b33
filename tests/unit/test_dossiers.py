"""Reading dossier exports and metric_counts files: headers in either language, xlsx and CSV alike,
every problem with file:row and a fix, inherited and given counts, the sample for explain."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from cchc_rules.dossiers import compute, read_metric_counts, sample
from cchc_rules.errors import FactsFileError
from cchc_rules.messages import render_problems

VI = ["MaHoSo", "MaTTHC", "MaDonVi", "MaTinh", "KenhThucHien", "NgayTiepNhan", "NgayHenTra", "NgayXuLyXong",
      "DongBoDVCQG"]
EN = ["dossier_code", "procedure_code", "unit", "province", "channel", "received_at", "due_at", "processed_at",
      "synced"]
ROWS = [["H1", "T1", "31120", "92", "2", "2026-07-01 08:00", "2026-07-10 17:00", "2026-07-05 10:00", "1"],
        ["H2", "T1", "31120", "92", "1", "02/07/2026 08:00", "2026-07-10 17:00", "2026-07-15 10:00", "0"],
        ["H3", "T2", "31123", "92", "", "2026-08-01", "2026-08-10", "", "1"]]


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def _problems(paths: object, periods: list[str] = ["2026-Q3"]) -> str:  # noqa: B006
    with pytest.raises(FactsFileError) as caught:
        compute(paths, periods)
    return render_problems(caught.value.problems)


def _table(counts: list) -> dict:
    return {(c.unit, c.period, c.metric): (c.numerator, c.denominator) for c in counts}


def test_english_headers_and_xlsx_give_the_same_counts_as_the_vietnamese_csv(tmp_path: Path) -> None:
    (tmp_path / "vi").mkdir(), (tmp_path / "en").mkdir(), (tmp_path / "xl").mkdir()
    _csv(tmp_path / "vi" / "ho_so.csv", VI, ROWS)
    _csv(tmp_path / "en" / "dossiers.csv", EN, ROWS)
    book = openpyxl.Workbook()
    for row in [VI, *ROWS]:
        book.active.append(row)
    book.save(tmp_path / "xl" / "ho_so.xlsx")
    counts = [_table(compute(tmp_path / d, ["2026-Q3"])) for d in ("vi", "en", "xl")]
    assert counts[0] == counts[1] == counts[2]
    assert counts[0][("31120", "2026-Q3", "DOSSIER_ON_TIME")] == (1, 2)
    assert counts[0][("92", "2026-Q3", "DOSSIER_SYNC")] == (2, 3)  # the province pools its units


def test_the_same_inputs_give_the_same_sorted_counts(tmp_path: Path) -> None:
    _csv(tmp_path / "ho_so.csv", VI, ROWS)
    first, second = compute(tmp_path, ["2026-Q3", "2026-07"]), compute(tmp_path, ["2026-07", "2026-Q3"])
    assert first == second == sorted(first)


def test_a_missing_required_column_is_named_with_a_guess(tmp_path: Path) -> None:
    _csv(tmp_path / "ho_so.csv", ["MaHoSo", "MaTTHC", "MaDonVii"], [["H1", "T1", "31120"]])
    text = _problems(tmp_path)
    assert "ho_so.csv:1: unit: thiếu cột bắt buộc" in text
    assert "Có phải ý bạn là 'MaDonVii'?" in text


def test_every_bad_row_is_counted_and_the_first_ones_listed(tmp_path: Path) -> None:
    rows = [[f"H{n}", "T1", "31120", "92", "9", "2026-07-01", "", "", ""] for n in range(60)]
    _csv(tmp_path / "ho_so.csv", VI, rows)
    with pytest.raises(FactsFileError) as caught:
        compute(tmp_path, ["2026-Q3"], max_listed=5)
    text = render_problems(caught.value.problems)
    assert text.count("KenhThucHien: giá trị '9' không đọc được") == 5
    assert "ho_so.csv: KenhThucHien: tổng cộng 60 dòng có lỗi ở cột này (chỉ liệt kê 5 dòng đầu)" in text


def test_a_file_whose_name_says_nothing_is_refused(tmp_path: Path) -> None:
    path = _csv(tmp_path / "export.csv", VI, ROWS)
    assert "không biết tệp này chứa gì" in _problems([path])


def test_a_folder_name_with_a_quote_is_only_a_name(tmp_path: Path) -> None:
    folder = tmp_path / "x'); DROP TABLE g; --"
    folder.mkdir()
    _csv(folder / "ho_so.csv", VI, ROWS)
    assert _table(compute(folder, ["2026-Q3"]))[("31120", "2026-Q3", "DOSSIER_SYNC")] == (1, 2)


def test_metric_counts_read_vietnamese_headers_and_empty_cells(tmp_path: Path) -> None:
    path = _csv(tmp_path / "metric_counts.csv", ["Đơn vị", "Kỳ", "Chỉ số", "Tử số", "Mẫu số"],
                [["31120", "2026-Q3", "dossier_on_time", "90", "100"], ["31120", "2026-07", "DOSSIER_SYNC", "", ""]])
    counts = read_metric_counts(path)
    assert [(c.period, c.metric, c.numerator, c.denominator, c.source) for c in counts] == [
        ("2026-07", "DOSSIER_SYNC", None, None, "metric_counts.csv:3"),
        ("2026-Q3", "DOSSIER_ON_TIME", 90, 100, "metric_counts.csv:2")]


def test_metric_counts_twice_for_one_unit_period_and_metric_is_an_error(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for row in [["unit", "period", "metric", "numerator", "denominator"], ["1", "2026", "DOSSIER_SYNC", 1, 2],
                ["1", "2026", "DOSSIER_SYNC", 1, 3], ["1", "2026", "DOSSIER_SYNC", "1,5", 3]]:
        book.active.append(row)
    book.save(tmp_path / "metric_counts.xlsx")
    with pytest.raises(FactsFileError) as caught:
        read_metric_counts(tmp_path / "metric_counts.xlsx")
    text = render_problems(caught.value.problems)
    assert "metric_counts.xlsx:3: metric: đơn vị 1, kỳ 2026, chỉ số DOSSIER_SYNC đã có ở dòng 2" in text
    assert "metric_counts.xlsx:4: numerator: '1,5' không phải một số nguyên ≥ 0" in text


def test_a_count_given_and_computed_is_a_conflict(tmp_path: Path) -> None:
    _csv(tmp_path / "ho_so.csv", VI, ROWS)
    _csv(tmp_path / "metric_counts.csv", ["unit", "period", "metric", "numerator", "denominator"],
         [["31120", "2026-Q3", "DOSSIER_SYNC", "5", "5"]])
    assert "metric_counts.csv:2: metric: đơn vị 31120, kỳ 2026-Q3, chỉ số DOSSIER_SYNC có hai nguồn" in _problems(
        tmp_path)


def test_sample_gives_file_row_and_reason_after_a_broken_line(tmp_path: Path) -> None:
    path = _csv(tmp_path / "ho_so.csv", VI, ROWS)
    found = sample(path.parent, "31120", "2026-Q3", "DOSSIER_ON_TIME")
    assert [(r.row, r.code, r.reason) for r in found.counted] == [(2, "H1", "on_time")]
    assert [(r.row, r.code, r.reason) for r in found.not_counted] == [(3, "H2", "late")]


def test_bytes_that_are_not_utf8_and_a_damaged_parquet_are_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    lines = ["MaHoSo,MaTTHC,MaDonVi,NgayTiepNhan"] + [f"H{i},T1,X1,2026-07-01" for i in range(2000)]
    (tmp_path / "a" / "ho_so.csv").write_bytes(("\n".join(lines) + "\n").encode() + b"H9,T\xff,X1,2026-07-01\n")
    assert "ho_so.csv:2002: (dòng): dòng hỏng (INVALID ENCODING)" in _problems(tmp_path / "a")
    (tmp_path / "b" / "ho_so.parquet").write_bytes(b"PAR1" + b"\0" * 100)
    assert "ho_so.parquet: (tệp): không đọc được tệp" in _problems(tmp_path / "b")


def test_typed_parquet_cells_out_of_range_are_bad_rows_with_their_record(tmp_path: Path) -> None:
    import duckdb

    rows = ", ".join(f"('H{n}', 'T1', '31120', '92', {c}, TIMESTAMP '2026-07-01', {s}, {k})"
                     for n, (c, s, k) in enumerate([(2, 1, 0), (7, 1, 0), (1, 5, 0), (1, 0, -3), ("NULL", "NULL", "NULL")]))
    duckdb.execute(f"COPY (SELECT * FROM (VALUES {rows}) v(dossier_code, procedure_code, unit, province, channel, "
                   f"received_at, synced, likes)) TO '{tmp_path / 'ho_so.parquet'}' (FORMAT parquet)")
    text = _problems(tmp_path)
    assert "ho_so.parquet:2: channel: giá trị '7' không đọc được" in text
    assert "ho_so.parquet:3: synced: giá trị '5' không đọc được" in text
    assert "ho_so.parquet:4: likes: giá trị '-3' không đọc được" in text
    assert text.count("không đọc được") == 3


def test_codes_are_trimmed_of_spaces_but_a_tab_is_kept_as_written(tmp_path: Path) -> None:
    import duckdb

    codes = ["31120", " 31120", "31120\u00a0", "\u300031120 ", "31120\t"]
    rows = ", ".join(f"('H{n}', 'T1', '{c}', TIMESTAMP '2026-07-01', 1)" for n, c in enumerate(codes))
    duckdb.execute(f"COPY (SELECT * FROM (VALUES {rows}) v(dossier_code, procedure_code, unit, received_at, synced)) "
                   f"TO '{tmp_path / 'ho_so.parquet'}' (FORMAT parquet)")
    table = _table(compute(tmp_path, ["2026-Q3"]))
    assert table[("31120", "2026-Q3", "DOSSIER_SYNC")] == (4, 4)
    assert table[("31120\t", "2026-Q3", "DOSSIER_SYNC")] == (1, 1)


def test_a_dossier_code_repeated_within_and_across_files_is_counted_once_and_each_repeat_reported(
        tmp_path: Path) -> None:
    from cchc_rules.dossiers.computation import compute_with_warnings

    _csv(tmp_path / "ho_so_a.csv", VI, [ROWS[0], ROWS[1], ROWS[0]])  # H1 twice in one file
    _csv(tmp_path / "ho_so_b.csv", VI, [ROWS[1], ROWS[2]])  # H2 again in another file
    counts, warnings = compute_with_warnings(tmp_path, ["2026-Q3"])
    table = _table(counts)
    assert table[("31120", "2026-Q3", "DOSSIER_ON_TIME")] == (1, 2)  # H1 and H2 once each
    assert table[("31123", "2026-Q3", "DOSSIER_SYNC")] == (1, 1)
    text = render_problems(warnings)
    assert "ho_so_a.csv:4: MaHoSo: mã 'H1' đã có ở ho_so_a.csv:2: chỉ lần xuất hiện đầu được tính" in text
    assert "ho_so_b.csv:2: MaHoSo: mã 'H2' đã có ở ho_so_a.csv:3" in text
    assert len(warnings) == 2 and all(w.severity == "warning" for w in warnings)
    assert compute(tmp_path, ["2026-Q3"]) == counts
    shown = sample(tmp_path, "31120", "2026-Q3", "DOSSIER_ON_TIME")
    assert [(r.file, r.row) for r in shown.counted + shown.not_counted] == [("ho_so_a.csv", 2), ("ho_so_a.csv", 3)]


def test_many_repeats_are_all_counted_in_a_total(tmp_path: Path) -> None:
    from cchc_rules.dossiers.computation import compute_with_warnings

    _csv(tmp_path / "ho_so.csv", VI, [ROWS[0]] * 8)
    counts, warnings = compute_with_warnings(tmp_path, ["2026-Q3"], max_listed=3)
    assert _table(counts)[("31120", "2026-Q3", "DOSSIER_SYNC")] == (1, 1)
    text = render_problems(warnings)
    assert text.count("đã có ở ho_so.csv:2") == 3
    assert "tổng cộng 7 dòng trùng mã (chỉ liệt kê 3 dòng đầu)" in text


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_a_dossier_with_no_code_is_a_bad_row_though_the_counting_pass_does_not_read_codes(
        tmp_path: Path, suffix: str) -> None:
    # The code column is checked by the scan that finds repeated codes; the counting pass reads it
    # only when that scan found an empty one. Either way the row is listed and nothing is counted.
    rows = [["H1", "T1", "31120", "92", "2", "2026-07-01", "", "", "1"],
            ["  ", "T1", "31120", "92", "2", "2026-07-01", "", "", "1"],
            ["", "T1", "31120", "92", "2", "2026-07-01", "", "", "1"]]
    source = _csv(tmp_path / "src.csv", EN, rows)
    if suffix == "parquet":
        import duckdb

        duckdb.execute(f"COPY (SELECT * FROM read_csv('{source}', all_varchar=true)) TO "
                       f"'{tmp_path / 'ho_so.parquet'}' (FORMAT parquet)")
    else:
        source.rename(tmp_path / "ho_so.csv")
    source.unlink(missing_ok=True)
    text = _problems(tmp_path)
    first = 2 if suffix == "parquet" else 3  # Parquet records count from 1, CSV lines after the header
    assert f"ho_so.{suffix}:{first}: dossier_code:" in text
    assert f"ho_so.{suffix}:{first + 1}: dossier_code:" in text
    assert text.count("dossier_code:") == 2


def test_rows_with_no_code_are_not_repeats_of_each_other_and_hide_no_real_repeat(tmp_path: Path) -> None:
    # Two empty codes and H1 twice: the two empty cells are bad rows (listed), not a repeated code;
    # H1's second row is the one repeat. (Counting distinct hashes with the empty ones included
    # cancelled the repeat out: 3 codes − 3 distinct hashes, the empty one among them, = 0.)
    rows = [ROWS[0], ["", *ROWS[1][1:]], ROWS[0], ["", *ROWS[2][1:]]]
    _csv(tmp_path / "ho_so.csv", VI, rows)
    with pytest.raises(FactsFileError) as caught:
        compute(tmp_path, ["2026-Q3"])
    problems = caught.value.problems
    repeats = [p for p in problems if p.code == "dossier_code_twice"]
    assert [(p.location.line, p.severity) for p in repeats] == [(4, "warning")]
    empty = [p for p in problems if p.severity == "error"]
    assert sorted(p.location.line for p in empty) == [3, 5]

"""Wording of results outside findings (a part of wording.catalogue): the score's margins,
the not-found messages of `explain`, the rows-read line, the trend chart's skipped quarters.

Each entry: code → ((vi message, vi hint), (en message, en hint)), as in batch/catalogue.py. Numbers
come in already written (`82.5`): the score JSON has always written them with a point.
"""

from __future__ import annotations

RESULTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "score.margin.evidence_missing": (("thiếu tài liệu kiểm chứng: {documents}", ""),
                                      ("evidence missing: {documents}", "")),
    "score.margin.no_data": (("không có số liệu", ""), ("no data", "")),
    "score.margin.late": (("hoàn thành muộn", ""), ("completed late", "")),
    "score.margin.missing": (("chưa hoàn thành", ""), ("not completed", "")),
    "score.margin.fail": (("không đạt", ""), ("not met", "")),
    "score.margin.below_floor": (("{value} dưới mức tối thiểu", ""), ("{value} is below the minimum", "")),
    "score.margin.ratio": (("{value} / {target}: điểm tối đa cần đạt {target}", ""),
                           ("{value} / {target}: full points need {target}", "")),
    "score.margin.count": (("{value} mục × {per_item} điểm", ""), ("{value} items × {per_item} points", "")),
    "score.margin.deduction": (("trừ {value} × {per_item} điểm", ""), ("minus {value} × {per_item} points", "")),
    "score.margin.manual": (("điểm chấm tay", ""), ("points given by hand", "")),
    "score.margin.band": (("{value}; điểm tối đa cần ≥ {best}", ""), ("{value}; full points need ≥ {best}", "")),
    "explain.no_criterion": (
        ("Không có tiêu chí '{item}' trong bộ chỉ số năm {year}.", "{fix}"),
        ("There is no criterion '{item}' in the {year} rubric.", "{fix}"),
    ),
    "explain.no_finding": (
        ("Không có phát hiện '{item}' trong kỳ {period}.", "{fix}"),
        ("There is no finding '{item}' in {period}.", "{fix}"),
    ),
    "run.rows_read": (
        ("Đã đọc {read} dòng: dùng {used}, loại {rejected}, trùng {duplicates}.", ""),
        ("Read {read} rows: used {used}, rejected {rejected}, duplicates {duplicates}.", ""),
    ),
    "run.trend_skipped": (
        ("Bỏ qua kỳ {period} trong biểu đồ xu hướng: {summary}.", ""),
        ("Quarter {period} left out of the trend: {summary}.", ""),
    ),
    "run.no_rubric": (
        ("{year} — bộ quy tắc không có scoring/{year}.yaml (có: {have})", ""),
        ("{year} — the rule pack has no scoring/{year}.yaml (it has: {have})", ""),
    ),
    "run.wrong_unit": (
        ("'{unit}' — bộ quy tắc này của đơn vị {code} ({name})", ""),
        ("'{unit}' — this rule pack belongs to unit {code} ({name})", ""),
    ),
}

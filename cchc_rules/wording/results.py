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
    "score.margin.survey": (("phiếu khảo sát đạt {value}/{max} điểm", ""), ("the survey gives {value} of {max} points", "")),
    "score.margin.penalty": (("bị trừ {points} điểm", ""), ("{points} points deducted", "")),
    "score.margin.not_applicable": (("không áp dụng: {reason}", ""), ("not applicable: {reason}", "")),
    "score.na_with_data": (
        ("tiêu chí {criterion} được ghi không áp dụng ({declared}) nhưng dòng này vẫn có số liệu của tiêu chí: "
         "số liệu không được dùng", "Nếu tiêu chí có áp dụng, xóa dòng ở {declared}; nếu không, có thể bỏ dòng này."),
        ("criterion {criterion} is declared not applicable ({declared}) but this row gives its data: the data "
         "are not used", "If the criterion applies, delete the row at {declared}; if not, this row can go."),
    ),
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
    "run.as_of_outside_plan": (
        ("cảnh báo: ngày xét {day} nằm ngoài thời kỳ của kế hoạch ({start}–{end})",
         "Kiểm tra --as-of: ngày viết theo thứ tự ngày/tháng/năm, ví dụ 16/06/2026."),
        ("warning: the day judged, {day}, is outside the plan's period ({start}–{end})",
         "Check --as-of: dates are written day/month/year, e.g. 16/06/2026."),
    ),
    "usage.period_format": (("'{value}' — viết dạng Quý II/2026 (hoặc 2026-Q2, 6 tháng đầu năm 2026)", ""),
                            ("'{value}' — write it as 2026-Q2 (or Quý II/2026)", "")),
    "usage.date_format": (("'{value}' — viết dạng 16/06/2026", ""),
                          ("'{value}' — write it as 16/06/2026 (day/month/year)", "")),
    "usage.xlsx_needs_output": (("--format xlsx cần -o TỆP.xlsx", ""), ("--format xlsx needs -o FILE.xlsx", "")),
    "usage.period_or_year": (("cần đúng một trong --period (phát hiện) hoặc --year (tiêu chí)", ""),
                             ("give exactly one of --period (a finding) or --year (a criterion)", "")),
    "usage.no_folder": (("'{value}' — không có thư mục này", ""), ("'{value}' — no such folder", "")),
    "usage.period_of_year": (("'{value}' — phải là một quý của năm {year}", ""),
                             ("'{value}' — must be a quarter of {year}", "")),
    "usage.schema_name": (("'{value}' — chọn một trong: {names}", ""), ("'{value}' — choose one of: {names}", "")),
    "usage.unknown_agency": (
        ("'{value}' không phải mã cơ quan của bộ quy tắc.{hint} Các mã có: {known}.", ""),
        ("'{value}' is not an agency code of the rule pack.{hint} Known codes: {known}.", ""),
    ),
}

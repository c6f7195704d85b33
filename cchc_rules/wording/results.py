"""Wording of results outside findings (a part of wording.catalogue): the score's margins,
the not-found messages of `explain`, the rows-read line, the trend chart's skipped quarters.

Each entry: code → ((vi message, vi hint), (en message, en hint)), as in batch/catalogue.py. Numbers
come in as `{"number": x}` parameters, written in the reader's format (82,5 in Vietnamese).
"""

from __future__ import annotations

RESULTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # What to do for more points and what it gains, in the reader's numbers ("đạt 100 % → +1 điểm").
    "score.margin.evidence_missing": (("thiếu tài liệu kiểm chứng: {documents}; bổ sung → tối đa +{gain} điểm", ""),
                                      ("evidence missing: {documents}; attach it → up to +{gain} points", "")),
    "score.margin.no_data": (("không có số liệu; nhập số liệu để được chấm điểm", ""),
                             ("no data; enter the data to be scored", "")),
    "score.margin.late": (("hoàn thành muộn; đúng hạn → +{gain} điểm", ""), ("completed late; on time → +{gain} points", "")),
    "score.margin.missing": (("chưa hoàn thành; hoàn thành đúng hạn → +{gain} điểm", ""),
                             ("not completed; done on time → +{gain} points", "")),
    "score.margin.fail": (("không đạt; đạt → +{gain} điểm", ""), ("not met; met → +{gain} points", "")),
    "score.margin.below_floor": (("{value}{unit} dưới mức tối thiểu {floor}{unit}; đạt {floor}{unit} để được tính điểm", ""),
                                 ("{value}{unit} is below the minimum {floor}{unit}; reach {floor}{unit} to score", "")),
    "score.margin.ratio": (("đạt {value}{unit}; đạt {target}{unit} → +{gain} điểm", ""),
                           ("{value}{unit} reached; reach {target}{unit} → +{gain} points", "")),
    "score.margin.count": (("{value} mục; thêm {need} mục → +{gain} điểm", ""),
                           ("{value} items; {need} more → +{gain} points", "")),
    "score.margin.deduction": (("bị trừ {value} lần × {per_item} điểm; không còn vi phạm → +{gain} điểm", ""),
                               ("{value} deductions × {per_item} points; none → +{gain} points", "")),
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
    "score.margin.band": (("đạt {value}{unit}; đạt {next}{unit} → +{gain} điểm", ""),
                          ("{value}{unit} reached; reach {next}{unit} → +{gain} points", "")),
    # The arithmetic of a leaf's points (explain, the score HTML), numbers in the reader's format.
    "score.work.evidence_missing": (("thiếu tài liệu kiểm chứng → 0 điểm (tối đa {max})", ""),
                                    ("evidence missing → 0 points (of {max})", "")),
    "score.work.no_data": (("không có số liệu → 0 điểm", ""), ("no data → 0 points", "")),
    "score.work.band": (("{value}{unit} ≥ {min}{unit} → {points} điểm", ""), ("{value}{unit} ≥ {min}{unit} → {points} points", "")),
    "score.work.share": (("{value}{unit} ≥ {min}{unit} → {share} × {max} = {points} điểm", ""),
                         ("{value}{unit} ≥ {min}{unit} → {share} × {max} = {points} points", "")),
    "score.work.on_time": (("đúng hạn → {share} × {max} = {points} điểm", ""), ("on time → {share} × {max} = {points} points", "")),
    "score.work.late": (("trễ hạn → {share} × {max} = {points} điểm", ""), ("late → {share} × {max} = {points} points", "")),
    "score.work.missing": (("chưa hoàn thành → {points} điểm", ""), ("not done → {points} points", "")),
    "score.work.pass": (("đạt → {max} điểm", ""), ("met → {max} points", "")),
    "score.work.fail": (("không đạt → 0 điểm", ""), ("not met → 0 points", "")),
    "score.work.below_floor": (("{value}{unit} < {floor}{unit} → 0 điểm", ""), ("{value}{unit} < {floor}{unit} → 0 points", "")),
    "score.work.ratio": (("{max} × {value} / {target} = {exact} điểm", ""), ("{max} × {value} / {target} = {exact} points", "")),
    "score.work.ratio_capped": (("{max} × {value} / {target} = {exact}, tối đa {max} → {points} điểm", ""),
                                ("{max} × {value} / {target} = {exact}, capped at {max} → {points} points", "")),
    "score.work.count": (("{value} × {per_item} = {points} điểm (tối đa {max})", ""),
                         ("{value} × {per_item} = {points} points (at most {max})", "")),
    "score.work.deduction": (("{max} − {value} × {per_item} = {points} điểm (không dưới {floor})", ""),
                             ("{max} − {value} × {per_item} = {points} points (not below {floor})", "")),
    "score.work.manual": (("điểm chấm tay: {points} / {max}", ""), ("points given by hand: {points} / {max}", "")),
    "score.work.survey": (("phiếu khảo sát: {points} / {max} điểm", ""), ("the survey: {points} / {max} points", "")),
    "score.work.not_applicable": (("không áp dụng → không chấm; {max} điểm tối đa được quy đổi", ""),
                                  ("not applicable → not scored; its {max} points are rescaled", "")),
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

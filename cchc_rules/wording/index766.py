"""Wording of the index rubrics (scoring/<year>-766.yaml, check_rubric_766.py) and of the index766
command and its reports (cli_index766.py, report/index766_*.py).

A leaf of the catalogue (wording/catalogue.py assembles it): plain data, no cchc_rules imports.
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

# code: ((vi message, vi hint), (en message, en hint))
INDEX766: dict[str, _Entry] = {
    # --- rubric checks
    "index_cap_above_max": (
        ("trần {cap} lớn hơn điểm tối đa {max}", "Trần không vượt quá 'max'; bỏ 'cap' nếu trần bằng điểm tối đa."),
        ("cap {cap} is above the maximum {max}", "A cap cannot exceed 'max'; drop 'cap' when it equals the maximum."),
    ),
    "index_two_slopes": (
        ("cách quy đổi có cả 'slope' và 'full_at'", "Chọn một: slope: 2.5 (min(trần, 2,5 × r)) hoặc full_at: 0.8 (đủ điểm từ 80%)."),
        ("a conversion has both 'slope' and 'full_at'", "Choose one: slope: 2.5 (min(cap, 2.5 × r)) or full_at: 0.8 (full points from 80%)."),
    ),
    "index_cap_and_uncapped": (
        ("có 'cap' nhưng lại đặt capped: false", "Bỏ 'cap', hoặc bỏ 'capped: false'."),
        ("'cap' is given but capped is false", "Drop 'cap', or drop 'capped: false'."),
    ),
    "index_share_without_leaves": (
        ("empty: share nhưng không có 'share_to'", "Ghi các chỉ số nhận phần điểm chia đều, ví dụ share_to: [DOSSIER_RECEIVING_SATISFACTION]."),
        ("empty: share but no 'share_to'", "List the indicators that receive the shared points, e.g. share_to: [DOSSIER_RECEIVING_SATISFACTION]."),
    ),
    "index_share_to_unused": (
        ("có 'share_to' nhưng quy tắc mẫu số rỗng là '{empty}'", "Đặt empty: share, hoặc bỏ 'share_to'."),
        ("'share_to' is given but the empty rule is '{empty}'", "Set empty: share, or drop 'share_to'."),
    ),
    "index_share_to_itself": (
        ("chỉ số {metric} chia điểm cho chính nó", "Ghi các chỉ số khác trong 'share_to'."),
        ("indicator {metric} shares its points with itself", "Name other indicators in 'share_to'."),
    ),
    "index_share_cycle": (
        ("điểm của {metric} được chia vòng quanh, không đến chỉ số nào giữ lại", "Ít nhất một chỉ số trong 'share_to' phải có quy tắc khác 'share'."),
        ("the points of {metric} are shared round in a circle and reach no indicator that keeps them", "At least one indicator in 'share_to' must have a rule other than 'share'."),
    ),
    "index_file_name": (
        ("tệp bộ chỉ số (index) phải có tên scoring/<năm>-<tên>.yaml", "Đổi tên tệp, ví dụ scoring/{year}-766.yaml."),
        ("an index rubric must be named scoring/<year>-<name>.yaml", "Rename the file, e.g. scoring/{year}-766.yaml."),
    ),
    "index_par_file_name": (
        ("bộ chỉ số CCHC (rubric) trong {name}: bộ chỉ số CCHC năm phải là scoring/<năm>.yaml", "Đổi tên tệp thành scoring/<năm>.yaml; tệp scoring/<năm>-<tên>.yaml dành cho bộ chỉ số có mục 'index' (Bộ chỉ số 766)."),
        ("a PAR INDEX rubric in {name}: the year's PAR INDEX rubric must be scoring/<year>.yaml", "Rename it scoring/<year>.yaml; scoring/<year>-<name>.yaml is for rubrics with an 'index' header (the 766 index)."),
    ),
    # --- the command
    "index766.no_rubric": (
        ("bộ quy tắc không có bộ chỉ số (index) nào cho năm {year} (có: {have})", "Các bộ chỉ số có: {have}. Thêm tệp scoring/{year}-766.yaml."),
        ("the rule pack has no index rubric for {year} (have: {have})", "Index rubrics: {have}. Add scoring/{year}-766.yaml."),
    ),
    "index766.which_rubric": (
        ("năm {year} có nhiều bộ chỉ số (index): {have}", "Chọn một bằng --rubric."),
        ("{year} has several index rubrics: {have}", "Choose one with --rubric."),
    ),
    "index766.unknown_rubric": (
        ("không có bộ chỉ số '{value}' cho năm {year} (có: {have})", "Các bộ chỉ số có: {have}."),
        ("no index rubric '{value}' for {year} (have: {have})", "Index rubrics: {have}."),
    ),
    "index766.bad_period": (
        ("kỳ '{value}' không đúng dạng", "Ghi năm (2026), quý (2026-Q3) hoặc tháng (2026-07)."),
        ("period '{value}' is not a period", "Write a year (2026), a quarter (2026-Q3) or a month (2026-07)."),
    ),
    "index766.period_kind": (
        ("bộ chỉ số {rubric} không chấm theo {kind}; chấm theo: {kinds}", "Bộ chỉ số này chấm theo: {kinds}."),
        ("rubric {rubric} is not scored by {kind}; it is scored by: {kinds}", "This rubric is scored by: {kinds}."),
    ),
    "index766.no_units": (
        ("không có số liệu nào của kỳ {period} trong {data}", "Kiểm tra cột 'period' của metric_counts (ví dụ 2026-Q3) hoặc chọn kỳ khác."),
        ("no counts for {period} in {data}", "Check the 'period' column of metric_counts (e.g. 2026-Q3) or choose another period."),
    ),
    "index766.no_unit": (
        ("không có số liệu của đơn vị {unit} kỳ {period}; các đơn vị có số liệu: {have}", "Kiểm tra mã đơn vị."),
        ("no counts for unit {unit} in {period}; units with counts: {have}", "Check the unit code."),
    ),
    "index766.no_metric": (
        ("không có chỉ số '{value}' trong bộ chỉ số {rubric}. {fix}", "{fix}"),
        ("no indicator '{value}' in rubric {rubric}. {fix}", "{fix}"),
    ),
    "index766.explain_needs_unit": (
        ("--explain cần --unit", "Ghi mã đơn vị, ví dụ --unit 31294."),
        ("--explain needs --unit", "Give the unit code, e.g. --unit 31294."),
    ),
}

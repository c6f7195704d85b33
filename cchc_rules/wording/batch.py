"""Wording of the problems the batch finds in unit folders (batch/discover.py, batch/work.py).

A leaf of the catalogue (wording/catalogue.py assembles it): plain data, no cchc_rules imports.
"""

from __future__ import annotations

_Entry = tuple[tuple[str, str], tuple[str, str]]

# code: ((vi message, vi hint), (en message, en hint))
BATCH: dict[str, _Entry] = {
    "batch_no_code": (
        ("tên thư mục '{name}' không bắt đầu bằng mã đơn vị 5 chữ số và không có unit.yaml ghi mã",
         "Đặt tên thư mục bắt đầu bằng mã đơn vị, ví dụ 31294-xa-truong-xuan, hoặc ghi code: \"31294\" "
         "trong unit.yaml của thư mục."),
        ("folder name '{name}' does not start with a 5-digit unit code and no unit.yaml gives one",
         "Name the folder after the unit code, e.g. 31294-xa-truong-xuan, or write code: \"31294\" in its "
         "unit.yaml."),
    ),
    "batch_code_mismatch": (
        ("mã '{found}' trong unit.yaml khác mã '{folder_code}' ở tên thư mục",
         "Sửa cho hai mã trùng nhau (mã đơn vị hành chính 5 chữ số)."),
        ("code '{found}' in unit.yaml differs from code '{folder_code}' in the folder name",
         "Make the two codes the same (the 5-digit administrative unit code)."),
    ),
    "batch_duplicate_code": (
        ("mã đơn vị {code} đã dùng cho thư mục '{first}'",
         "Mỗi đơn vị một thư mục: gộp hoặc xóa thư mục thừa, hoặc sửa mã."),
        ("unit code {code} is already used by folder '{first}'",
         "One folder per unit: merge or remove the extra folder, or fix the code."),
    ),
    "batch_no_data": (
        ("không có thư mục số liệu nào của năm {year} ({year}-Q1 … {year}-Q4 hoặc {year})",
         "Đặt số liệu quý vào {year}-Q1 … {year}-Q4 và số liệu năm vào {year} trong thư mục đơn vị."),
        ("no data folder of year {year} ({year}-Q1 … {year}-Q4 or {year})",
         "Put the quarter data in {year}-Q1 … {year}-Q4 and the annual data in {year} in the unit's folder."),
    ),
    "batch_no_rubric": (
        ("bộ quy tắc không có scoring/{year}.yaml (có: {have})",
         "Thêm bộ chỉ số năm {year} vào thư mục scoring/ của bộ quy tắc."),
        ("the rule pack has no scoring/{year}.yaml (it has: {have})",
         "Add the {year} rubric to the pack's scoring/ folder."),
    ),
}

# "Căn cứ xếp hạng": what a unit is ranked on (batch/ranking.py)
RANKING_BASIS: dict[str, dict[str, str]] = {
    "appraisal": {"vi": "điểm thẩm định", "en": "appraised score"},
    "self": {"vi": "điểm tự đánh giá", "en": "self-assessed score"},
}

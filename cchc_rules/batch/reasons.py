"""Why a unit was skipped: the batch's own messages (Vietnamese and English) and the structured
problem records the JSON carries (file, row, field, message, hint)."""

from __future__ import annotations

from typing import Any

from cchc_rules.errors import Problem
from cchc_rules.messages import Lang, render_problem, render_text

# reason code → (vi, en): the reason as the summary names it.
REASONS: dict[str, tuple[str, str]] = {
    "no_code": ("thư mục không có mã đơn vị", "folder without a unit code"),
    "unit_file": ("tệp unit.yaml có lỗi", "unit.yaml has errors"),
    "code_mismatch": ("mã trong unit.yaml khác mã ở tên thư mục", "unit.yaml code differs from the folder's"),
    "duplicate_code": ("trùng mã với thư mục khác", "same code as another folder"),
    "no_data": ("không có số liệu của năm", "no data for the year"),
    "no_rubric": ("bộ quy tắc không có bộ chỉ số của năm", "the rule pack has no rubric for the year"),
    "facts_error": ("số liệu có lỗi", "the data has errors"),
    "rules_error": ("bộ quy tắc riêng có lỗi", "the unit's own rule pack has errors"),
}

# Problem codes of the batch → ((vi message, vi hint), (en message, en hint)).
MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
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


def reason_label(reason: str, lang: Lang) -> str:
    pair = REASONS.get(reason, (reason, reason))
    return pair[0] if lang == "vi" else pair[1]


def _text(problem: Problem, lang: Lang) -> tuple[str, str]:
    entry = MESSAGES.get(problem.code)
    if entry is None:
        return render_text(problem.code, problem.params, lang)
    message, hint = entry[0] if lang == "vi" else entry[1]
    return message.format(**problem.params), hint.format(**problem.params)


def problem_json(problem: Problem, lang: Lang) -> dict[str, Any]:
    """A problem as the JSON carries it."""
    message, hint = _text(problem, lang)
    loc = problem.location
    return {"file": loc.file, "row": loc.line, "field": problem.field, "severity": problem.severity,
            "message": message, "hint": hint}


def render(problem: Problem, lang: Lang) -> str:
    """A problem as a compiler-style line plus its hint (as `messages.render_problem` does)."""
    if problem.code not in MESSAGES:
        return render_problem(problem, lang)
    message, hint = _text(problem, lang)
    field = "(folder)" if lang == "en" and problem.field == "(thư mục)" else problem.field
    line = f"{problem.location}: {field}: {message}"
    return line + (f"\n  {'gợi ý' if lang == 'vi' else 'hint'}: {hint}" if hint else "")

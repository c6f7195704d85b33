"""Why a unit was skipped: the reasons the summary names (Vietnamese and English) and the structured
problem records the JSON carries (file, row, field, message, hint). The problems' wording is in
wording/batch.py, part of messages.CATALOGUE."""

from __future__ import annotations

from typing import Any

from cchc_rules.errors import Problem
from cchc_rules.messages import Lang, render_text

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


def reason_label(reason: str, lang: Lang) -> str:
    pair = REASONS.get(reason, (reason, reason))
    return pair[0] if lang == "vi" else pair[1]


def problem_json(problem: Problem, lang: Lang) -> dict[str, Any]:
    """A problem as the JSON carries it."""
    message, hint = render_text(problem.code, problem.params, lang)
    loc = problem.location
    return {"file": loc.file, "row": loc.line, "field": problem.field, "severity": problem.severity,
            "message": message, "hint": hint}

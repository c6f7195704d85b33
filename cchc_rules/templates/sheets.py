"""The sheets of an agency template: their names, headers and rows, in words the facts readers accept.

Second stage of writing agency templates (pure): `owed.Owed` → `Sheet` values that `workbook.py`
lays out. Sheet names and headers are ones `facts/kinds.py` reads back (Vietnamese by default, the
English field names with `--lang en`), so a filled template loads with `evaluate --data` unchanged.
Identification cells (task, indicator, agency, duty, period) are filled in; value cells are left empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cchc_rules.messages import Lang
from cchc_rules.formats import COMPARISON_SIGNS, number, percent
from cchc_rules.rulepack.targets import Indicator
from cchc_rules.templates.owed import Goal, Owed

CellKind = Literal["id", "info", "text", "status", "date", "percent", "number", "count"]


@dataclass(frozen=True)
class Column:
    """One column: its header, what its cells hold (id/info: filled in; the rest: for the agency)."""

    header: str
    kind: CellKind
    width: int


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]
    percent_rows: frozenset[int] = frozenset()  # rows whose "percent" cells hold a % (others: a number)


# Status words of the drop-down: each is one the reader accepts (facts/kinds.STATUS_WORDS).
STATUSES: dict[str, tuple[str, ...]] = {
    "vi": ("Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành"),
    "en": ("not started", "in progress", "done"),
}

_HEADERS: dict[str, dict[str, str]] = {
    "vi": {
        "tasks": "Tiến độ nhiệm vụ", "indicators": "Chỉ số", "reports": "Báo cáo đã gửi",
        "task": "Nhiệm vụ số", "content": "Nội dung nhiệm vụ", "schedule": "Thời gian hoàn thành",
        "deadline": "Hạn trong kỳ", "lead": "Cơ quan chủ trì", "status": "Tình trạng (*)",
        "completed_on": "Ngày hoàn thành", "product_ref": "Số, ngày văn bản", "product_date": "Ngày ban hành",
        "note": "Ghi chú", "no": "STT", "indicator": "Mã chỉ số", "indicator_name": "Tên chỉ số",
        "unit": "Đơn vị tính", "reporter": "Đơn vị báo cáo", "numerator": "Tử số", "denominator": "Mẫu số",
        "value": "Giá trị", "source": "Nguồn số liệu", "sender": "Cơ quan gửi", "duty": "Loại báo cáo",
        "duty_title": "Tên báo cáo", "period": "Kỳ báo cáo", "due": "Hạn gửi", "received_on": "Ngày gửi (*)",
        "document_ref": "Số ký hiệu", "goal": "Chỉ tiêu phải đạt", "definition": "Cách tính tử số, mẫu số",
    },
    "en": {
        "tasks": "task_status", "indicators": "indicator_values", "reports": "report_submissions",
        "task": "task", "content": "content", "schedule": "schedule", "deadline": "deadline", "lead": "agency",
        "status": "status (*)", "completed_on": "completed_on", "product_ref": "product_ref",
        "product_date": "product_date", "note": "note", "no": "no", "indicator": "indicator",
        "indicator_name": "indicator_name", "unit": "unit", "reporter": "agency", "numerator": "numerator",
        "denominator": "denominator", "value": "value", "source": "source", "sender": "agency", "duty": "duty",
        "duty_title": "duty_title", "period": "period", "due": "due", "received_on": "received_on (*)",
        "document_ref": "document_ref", "goal": "target", "definition": "definition",
    },
}


def sheets_for(owed: Owed, lang: Lang) -> list[Sheet]:
    """The data sheets of one agency's template: only the kinds it owes something of."""
    h = _HEADERS[lang]
    out = []
    if owed.tasks:
        out.append(_tasks(owed, h))
    if owed.indicators:
        out.append(_indicators(owed, h, lang))
    if owed.reports:
        out.append(_reports(owed, h))
    return out


# Column widths keep each sheet within about 180 characters, so A4 landscape fitted to the page width
# prints at about 75 % or more (12 pt text at ≥ 9 pt): workbook.print_scale checks it.
def _tasks(owed: Owed, h: dict[str, str]) -> Sheet:
    columns = (Column(h["task"], "id", 9), Column(h["content"], "info", 40), Column(h["schedule"], "info", 18),
               Column(h["deadline"], "info", 12), Column(h["lead"], "id", 9), Column(h["status"], "status", 16),
               Column(h["completed_on"], "date", 12), Column(h["product_ref"], "text", 24),
               Column(h["product_date"], "date", 12), Column(h["note"], "text", 18))
    rows = tuple((due.task.number, due.task.content, due.task.schedule.as_written, due.due, owed.agency)
                 for due in sorted(owed.tasks, key=lambda d: d.task.number))
    return Sheet(h["tasks"], columns, rows)


def _indicators(owed: Owed, h: dict[str, str], lang: Lang) -> Sheet:
    columns = (Column(h["no"], "info", 5), Column(h["indicator"], "id", 18), Column(h["indicator_name"], "info", 30),
               Column(h["unit"], "info", 7), Column(h["goal"], "info", 18), Column(h["definition"], "info", 34),
               Column(h["reporter"], "id", 9), Column(h["numerator"], "count", 9), Column(h["denominator"], "count", 9),
               Column(h["value"], "percent", 10), Column(h["source"], "text", 16), Column(h["note"], "text", 12))
    rows = tuple((n, i.id, i.name, i.unit, goal_text(owed.goals, i.id, lang), definition_text(i, lang), owed.agency)
                 for n, i in enumerate(owed.indicators, start=1))
    percent = frozenset(n for n, i in enumerate(owed.indicators) if i.unit == "%")
    return Sheet(h["indicators"], columns, rows, percent)


def _reports(owed: Owed, h: dict[str, str]) -> Sheet:
    columns = (Column(h["no"], "info", 5), Column(h["sender"], "id", 9), Column(h["duty"], "id", 18),
               Column(h["duty_title"], "info", 40), Column(h["period"], "id", 10), Column(h["due"], "info", 12),
               Column(h["received_on"], "date", 13), Column(h["document_ref"], "text", 24),
               Column(h["note"], "text", 20))
    rows = tuple((n, owed.agency, r.duty.id, r.duty.title, r.period, r.due)
                 for n, r in enumerate(owed.reports, start=1))
    return Sheet(h["reports"], columns, rows)


def goal_text(goals: tuple[Goal, ...], indicator: str, lang: Lang) -> str:
    """The targets on an indicator in the reader's words and numbers, the assumed yearly level said so.

    Examples:
        >>> g = Goal("x", ">=", 2026, 70.0, 90.0, 2030, "%", True)
        >>> goal_text((g,), "x", "vi")
        'năm 2026: ≥ 70 % (mức giả định của bộ quy tắc); đến năm 2030: ≥ 90 %'
        >>> goal_text((Goal("x", ">=", 2030, 97.0, 97.0, 2030, "%", False),), "x", "en")
        'by 2030: ≥ 97%'
        >>> goal_text((Goal("x", ">=", 2026, 97.0, 97.0, 2030, "%", False),), "x", "vi")
        '≥ 97 % (từ năm 2026 đến năm 2030)'
    """
    lines = []
    for goal in (g for g in goals if g.indicator == indicator):
        sign = COMPARISON_SIGNS.get(goal.comparison, goal.comparison)

        def level(value: float) -> str:
            return f"{sign} {percent(value, lang)}" if goal.unit == "%" else f"{sign} {number(value, lang)} {goal.unit}"

        final = (f"đến năm {goal.by_year}: " if lang == "vi" else f"by {goal.by_year}: ") + level(goal.final)
        if goal.level is not None and goal.year < goal.by_year and goal.level == goal.final and not goal.assumed:
            lines.append(level(goal.level) + (f" (từ năm {goal.year} đến năm {goal.by_year})" if lang == "vi"
                                              else f" (from {goal.year} to {goal.by_year})"))
        elif goal.level is not None and goal.year < goal.by_year:
            note = (" (mức giả định của bộ quy tắc)" if lang == "vi" else " (level assumed by the rule pack)") \
                if goal.assumed else ""
            lines.append((f"năm {goal.year}: " if lang == "vi" else f"{goal.year}: ") + level(goal.level) + note
                         + "; " + final)
        else:
            lines.append(final)
    return "\n".join(lines) or "—"


def definition_text(indicator: Indicator, lang: Lang) -> str:
    """The numerator and denominator of an indicator as the pack defines them ('—' when it has none)."""
    if not indicator.numerator and not indicator.denominator:
        return "—"
    top, bottom = ("Tử số", "Mẫu số") if lang == "vi" else ("Numerator", "Denominator")
    return f"{top}: {indicator.numerator or '—'}\n{bottom}: {indicator.denominator or '—'}"

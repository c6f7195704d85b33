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
from cchc_rules.templates.owed import Owed

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
        "document_ref": "Số ký hiệu",
    },
    "en": {
        "tasks": "task_status", "indicators": "indicator_values", "reports": "report_submissions",
        "task": "task", "content": "content", "schedule": "schedule", "deadline": "deadline", "lead": "agency",
        "status": "status (*)", "completed_on": "completed_on", "product_ref": "product_ref",
        "product_date": "product_date", "note": "note", "no": "no", "indicator": "indicator",
        "indicator_name": "indicator_name", "unit": "unit", "reporter": "agency", "numerator": "numerator",
        "denominator": "denominator", "value": "value", "source": "source", "sender": "agency", "duty": "duty",
        "duty_title": "duty_title", "period": "period", "due": "due", "received_on": "received_on (*)",
        "document_ref": "document_ref",
    },
}


def sheets_for(owed: Owed, lang: Lang) -> list[Sheet]:
    """The data sheets of one agency's template: only the kinds it owes something of."""
    h = _HEADERS[lang]
    out = []
    if owed.tasks:
        out.append(_tasks(owed, h))
    if owed.indicators:
        out.append(_indicators(owed, h))
    if owed.reports:
        out.append(_reports(owed, h))
    return out


def _tasks(owed: Owed, h: dict[str, str]) -> Sheet:
    columns = (Column(h["task"], "id", 10), Column(h["content"], "info", 50), Column(h["schedule"], "info", 28),
               Column(h["deadline"], "info", 13), Column(h["lead"], "id", 12), Column(h["status"], "status", 18),
               Column(h["completed_on"], "date", 14), Column(h["product_ref"], "text", 36),
               Column(h["product_date"], "date", 14), Column(h["note"], "text", 36))
    rows = tuple((due.task.number, due.task.content, due.task.schedule.as_written, due.due, owed.agency)
                 for due in sorted(owed.tasks, key=lambda d: d.task.number))
    return Sheet(h["tasks"], columns, rows)


def _indicators(owed: Owed, h: dict[str, str]) -> Sheet:
    columns = (Column(h["no"], "info", 6), Column(h["indicator"], "id", 30), Column(h["indicator_name"], "info", 50),
               Column(h["unit"], "info", 10), Column(h["reporter"], "id", 12),
               Column(h["numerator"], "count", 11), Column(h["denominator"], "count", 11),
               Column(h["value"], "percent", 12), Column(h["source"], "text", 36), Column(h["note"], "text", 30))
    rows = tuple((n, i.id, i.name, i.unit, owed.agency) for n, i in enumerate(owed.indicators, start=1))
    percent = frozenset(n for n, i in enumerate(owed.indicators) if i.unit == "%")
    return Sheet(h["indicators"], columns, rows, percent)


def _reports(owed: Owed, h: dict[str, str]) -> Sheet:
    columns = (Column(h["no"], "info", 6), Column(h["sender"], "id", 12), Column(h["duty"], "id", 20),
               Column(h["duty_title"], "info", 50), Column(h["period"], "id", 11), Column(h["due"], "info", 13),
               Column(h["received_on"], "date", 14), Column(h["document_ref"], "text", 36),
               Column(h["note"], "text", 30))
    rows = tuple((n, owed.agency, r.duty.id, r.duty.title, r.period, r.due)
                 for n, r in enumerate(owed.reports, start=1))
    return Sheet(h["reports"], columns, rows)

"""The agency's web form: its own task rows of the quarter with the template's fields (status,
completion date, product, its date, note), saved as the agency's workbook of the period
(`bieu-mau-<CODE>.xlsx`, sheet "Tiến độ nhiệm vụ", as `cchc-rules template` makes it) and
validated and swapped in exactly like an upload."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from sqlalchemy.orm import Session

from cchc_rules.formats import date as show_date
from cchc_rules.periods import Quarter
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.service import audit
from cchc_rules.service.data import upload
from cchc_rules.service.db import Unit, Upload, User
from cchc_rules.service.state import Service
from cchc_rules.service.uploads import Incoming
from cchc_rules.templates import file_name
from cchc_rules.templates.owed import owed_in_quarter

FIELDS = ("status", "completed_on", "product_ref", "product_date", "note")
HEADERS = ("Nhiệm vụ số", "Cơ quan chủ trì", "Năm", "Tình trạng", "Ngày hoàn thành", "Số, ngày văn bản",
           "Ngày ban hành", "Ghi chú")
STATUSES = (("", "— chưa báo cáo —"), ("Chưa thực hiện", "Chưa thực hiện"),
            ("Đang thực hiện", "Đang thực hiện"), ("Đã hoàn thành", "Đã hoàn thành"))


def form_rows(pack: RulePack, period: str, agency: str, values: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The agency's tasks due in the quarter, with what was typed (when re-showing the form)."""
    quarter = Quarter.parse(period)
    owed = next((o for o in owed_in_quarter(pack, quarter) if o.agency == agency), None)
    rows = []
    for due in owed.tasks if owed else ():
        number = str(due.task.number)
        row = {"task": number, "content": due.task.content, "due": show_date(due.due) if due.due else ""}
        for name in FIELDS:
            row[name] = (values or {}).get(f"{name}-{number}", "")
        rows.append(row)
    return rows


def _text_cell(ws: Any, row: int, col: int, value: str) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    cell.data_type = "s"  # typed text stays text: never a formula


def workbook(agency: str, year: int, rows: list[dict[str, Any]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tiến độ nhiệm vụ"
    for col, header in enumerate(HEADERS, 1):
        _text_cell(ws, 1, col, header)
    line = 2
    for r in rows:
        if not any(r[name].strip() for name in FIELDS):
            continue
        for col, value in enumerate((r["task"], agency, str(year), r["status"], r["completed_on"],
                                     r["product_ref"], r["product_date"], r["note"]), 1):
            _text_cell(ws, line, col, value.strip())
        line += 1
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def save_form(svc: Service, db: Session, unit: Unit, pack: RulePack, period: str, user: User,
              values: dict[str, str]) -> Upload:
    agency = user.agency or ""
    rows = form_rows(pack, period, agency, values)
    data = workbook(agency, Quarter.parse(period).year, rows)
    name = file_name(agency)
    record = upload(svc, db, unit, pack, period, [Incoming(name, data, stored=name)], user.username, "vi",
                    kind="form")
    audit.record(db, user.username, "form_saved", unit.code, period=period, agency=agency, status=record.status)
    return record

"""The agency's web form: what it owes in the quarter with the template's fields — its tasks
(status, completion date, product, its date, note), its indicators (numerator, denominator, value,
source, note) and its reports (date sent, document, note) — saved as the agency's workbook of the
period (`bieu-mau-<CODE>.xlsx`, sheets "Tiến độ nhiệm vụ", "Chỉ số", "Báo cáo đã gửi", as
`cchc-rules template` makes it) and validated and swapped in exactly like an upload."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from sqlalchemy.orm import Session

from cchc_rules.formats import date as show_date
from cchc_rules.formats import period_name
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
INDICATOR_FIELDS = ("numerator", "denominator", "value", "source", "note")
REPORT_FIELDS = ("received_on", "document_ref", "note")
# The sheets as `cchc-rules template` heads them (templates/sheets.py), read back by the same readers.
SHEETS = {
    "tasks": ("Tiến độ nhiệm vụ", ("Nhiệm vụ số", "Cơ quan chủ trì", "Năm", "Tình trạng", "Ngày hoàn thành",
                                   "Số, ngày văn bản", "Ngày ban hành", "Ghi chú")),
    "indicators": ("Chỉ số", ("Mã chỉ số", "Đơn vị báo cáo", "Tử số", "Mẫu số", "Giá trị", "Nguồn số liệu",
                              "Ghi chú")),
    "reports": ("Báo cáo đã gửi", ("Cơ quan gửi", "Loại báo cáo", "Kỳ báo cáo", "Ngày gửi", "Số ký hiệu",
                                   "Ghi chú")),
}
STATUSES = (("", "— chưa báo cáo —"), ("Chưa thực hiện", "Chưa thực hiện"),
            ("Đang thực hiện", "Đang thực hiện"), ("Đã hoàn thành", "Đã hoàn thành"))


def form_rows(pack: RulePack, period: str, agency: str,
              values: dict[str, str] | None = None) -> dict[str, Any]:
    """The agency's tasks, indicators and reports owed in the quarter, with what was typed (when
    re-showing the form). Field names: `<field>-<task number>`, `<field>-i-<indicator>`,
    `<field>-r-<k>` (the k-th report owed)."""
    quarter = Quarter.parse(period)
    owed = next((o for o in owed_in_quarter(pack, quarter) if o.agency == agency), None)
    typed = values or {}

    def fill(row: dict[str, Any], key: str, fields: tuple[str, ...]) -> dict[str, Any]:
        row["key"] = key
        for name in fields:
            row[name] = typed.get(f"{name}-{key}", "")
        return row

    tasks = [fill({"task": str(d.task.number), "content": d.task.content,
                   "due": show_date(d.due) if d.due else ""}, str(d.task.number), FIELDS)
             for d in (owed.tasks if owed else ())]
    indicators = [fill({"indicator": i.id, "name": i.name, "unit": i.unit}, f"i-{i.id}", INDICATOR_FIELDS)
                  for i in (owed.indicators if owed else ())]
    reports = [fill({"duty": r.duty.id, "title": r.duty.title, "period": r.period,
                     "period_name": period_name(r.period, "vi"), "due": show_date(r.due)}, f"r-{k}", REPORT_FIELDS)
               for k, r in enumerate(owed.reports if owed else (), start=1)]
    name = next((a.name for a in pack.plan.agencies if a.code == agency), agency)
    return {"agency_name": name, "tasks": tasks, "indicators": indicators, "reports": reports}


def _text_cell(ws: Any, row: int, col: int, value: str) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    cell.data_type = "s"  # typed text stays text: never a formula


def workbook(agency: str, year: int, rows: dict[str, Any]) -> bytes:
    """The typed rows as the agency's workbook: one sheet per kind with a typed row; rows left empty
    are not written (the agency has not reported them)."""
    lines = {
        "tasks": [(r["task"], agency, str(year), r["status"], r["completed_on"], r["product_ref"],
                   r["product_date"], r["note"]) for r in rows["tasks"] if any(r[f].strip() for f in FIELDS)],
        "indicators": [(r["indicator"], agency, r["numerator"], r["denominator"], r["value"], r["source"], r["note"])
                       for r in rows["indicators"] if any(r[f].strip() for f in INDICATOR_FIELDS)],
        "reports": [(agency, r["duty"], r["period"], r["received_on"], r["document_ref"], r["note"])
                    for r in rows["reports"] if any(r[f].strip() for f in REPORT_FIELDS)],
    }
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    for kind, (title, headers) in SHEETS.items():
        if not lines[kind] and kind != "tasks":
            continue
        ws = wb.create_sheet(title)
        for col, header in enumerate(headers, 1):
            _text_cell(ws, 1, col, header)
        for line, values in enumerate(lines[kind], start=2):
            for col, value in enumerate(values, 1):
                _text_cell(ws, line, col, value.strip())
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
